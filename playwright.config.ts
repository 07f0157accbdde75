// End-to-end: the browser shell in Debian Chromium (or CHROMIUM_PATH), and the Electron app where its binary exists.
import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright',
  use: { trace: 'on-first-retry', locale: 'en-GB', timezoneId: 'Europe/London' },
  projects: [
    {
      name: 'browser-shell',
      testMatch: 'e2e-browser/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 860 },
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
    { name: 'electron', testMatch: 'e2e-electron/**/*.spec.ts' },
  ],
});
