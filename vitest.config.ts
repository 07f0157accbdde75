import { defineConfig } from 'vitest/config';

// Unit (shared/, ipc/) and Node integration (services/) tests. Playwright owns tests/e2e-*.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/{shared,ipc,services,cli,web-shell,main,renderer,repo}/**/*.test.ts'],
    passWithNoTests: false,
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['shared/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'test-results/coverage',
      // Line coverage of shared/ at least 95%.
      thresholds: { lines: 95 },
    },
  },
});
