// Prints one plain closing line for CI from the Vitest and Playwright JSON reports, and fails when either suite
// ran no test or a report is missing: "no tests" is a failure, never a pass.
import { existsSync, readFileSync } from 'node:fs';

function read(path) {
  if (!existsSync(path)) {
    console.error(`test summary: ${path} is missing, so that suite did not run`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const unit = read('test-results/vitest.json');
const unitCounts = {
  passed: unit.numPassedTests,
  failed: unit.numFailedTests,
  skipped: unit.numPendingTests + unit.numTodoTests,
};

const e2e = read('test-results/playwright.json');
const e2eCounts = {
  passed: e2e.stats.expected + e2e.stats.flaky,
  failed: e2e.stats.unexpected,
  skipped: e2e.stats.skipped,
};

const line = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
console.log(`unit: ${line(unitCounts)}`);
console.log(`e2e: ${line(e2eCounts)}`);
const total = {
  passed: unitCounts.passed + e2eCounts.passed,
  failed: unitCounts.failed + e2eCounts.failed,
  skipped: unitCounts.skipped + e2eCounts.skipped,
};
console.log(`total: ${line(total)}`);
if (unitCounts.passed === 0 || e2eCounts.passed === 0 || total.failed > 0) {
  process.exit(1);
}
