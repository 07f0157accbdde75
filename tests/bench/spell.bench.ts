// Spell-check benchmarks: building the en-GB checker from the bundled dictionary (spell.load_ms) and checking a
// 2,000-word minute (spell.check_ms).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { createChecker } from '../../shared/spell/checker';
import { knownWords, SAFEGUARDING_WORDS } from '../../shared/spell/known-words';

import type { Bench } from './figure';
import { median } from './figure';

const MINUTE_WORDS =
  'The conference heard that the child attended school regularly but the GP and CAMHS raised concerns about ' +
  'behaviour at home; the social worker recieve a referral from the MASH on 5 January 2026 and the organisation ' +
  'agreed a s47 enquiry. ';

export const spellBench: Bench = {
  name: 'spell',
  run: async (report) => {
    // The dictionary files as bundled (the package's own entry reads them with top-level await).
    const dir = join(process.cwd(), 'node_modules', 'dictionary-en-gb');
    const [aff, dic] = await Promise.all([
      readFile(join(dir, 'index.aff')),
      readFile(join(dir, 'index.dic')),
    ]);
    const known = knownWords(SAFEGUARDING_WORDS);
    const loads: number[] = [];
    let checker = createChecker({ aff, dic }, known);
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      checker = createChecker({ aff, dic }, known);
      loads.push(performance.now() - t0);
    }
    report({ name: 'spell.load_ms', value: median(loads), unit: 'ms', params: { runs: 5 } });
    const words = MINUTE_WORDS.split(' ').filter(Boolean);
    const minute = Array.from({ length: 2000 }, (_, i) => words[i % words.length]).join(' ');
    const checks: number[] = [];
    let marked = 0;
    for (let i = 0; i < 10; i += 1) {
      const t0 = performance.now();
      marked = checker.misspellings(minute).length;
      checks.push(performance.now() - t0);
    }
    report({
      name: 'spell.check_ms',
      value: median(checks),
      unit: 'ms',
      params: { words: 2000, marked, runs: 10 },
    });
  },
};
