import { defineConfig } from 'vitest/config';

// Unit (shared/, ipc/) and Node integration (services/) tests. Playwright owns tests/e2e-*.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/{shared,ipc,services,cli,web-shell,main}/**/*.test.ts'],
    passWithNoTests: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
