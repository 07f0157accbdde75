// "My words" through the real services and the IPC dispatcher: empty at first; a word added is kept in the vault
// (sorted, once whatever its case) and audited without the word; bad words are refused with a clear message and
// change nothing; a locked vault is refused. docs/decisions/0014-offline-spell-check.md
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createServices } from '../../../electron/services/create-services';
import type { Services } from '../../../electron/services/create-services';
import { createHandlers } from '../../../electron/services/handlers';
import { MY_WORDS_SETTING } from '../../../electron/services/spell/my-words-service';
import { dispatch } from '../../../shared/ipc/dispatch';
import { MyWordSchema, withWord } from '../../../shared/spell/my-words';
import { recordingLogger } from '../../support/test-services';
import { PASS, fakeClock, tempDir, testVault } from '../vault/helpers';

let s: Services;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const t = await tempDir();
  const clock = fakeClock(Date.parse('2026-01-06T09:30:00Z'));
  s = createServices({
    dataDir: t.dir,
    shell: 'test',
    clock,
    logger: recordingLogger(),
    vault: (emit) => testVault(t.dir, { emit, clock }),
  });
  await s.vault.create(PASS);
  cleanup = async () => {
    await s.close();
    await t.cleanup();
  };
});
afterEach(() => cleanup());

const log = recordingLogger();
const call = (channel: 'spell.myWords' | 'spell.addWord', input: unknown) =>
  dispatch(channel, input, createHandlers(s), log);

describe('spell.myWords and spell.addWord', () => {
  it('starts empty, keeps added words sorted and once whatever their case, and audits without the word', async () => {
    expect(await call('spell.myWords', {})).toEqual({ ok: true, value: { words: [] } });
    await call('spell.addWord', { word: 'Brackenshaw' });
    await call('spell.addWord', { word: ' O’Driscoll ' });
    await call('spell.addWord', { word: 'abara' });
    const again = await call('spell.addWord', { word: 'BRACKENSHAW' });
    expect(again).toEqual({ ok: true, value: { words: ['abara', 'Brackenshaw', "O'Driscoll"] } });
    expect(await call('spell.myWords', {})).toEqual(again);
    expect(s.vault.get('settings', MY_WORDS_SETTING)).toEqual({
      words: ['abara', 'Brackenshaw', "O'Driscoll"],
    });
    const audit = s.vault.auditLog().filter((e) => e.action === 'spell.word-added');
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toMatch(/Brackenshaw|Driscoll|abara/i);
  });

  it.each([
    ['two words', 'core group', 'letters, apostrophes and hyphens only'],
    ['a digit', 's47', 'letters, apostrophes and hyphens only'],
    ['a sign', 'mum!', 'letters, apostrophes and hyphens only'],
    ['a hyphen at the end', 'well-', 'letters, apostrophes and hyphens only'],
    ['nothing', '   ', 'Type a word to add.'],
    ['too long', 'a'.repeat(65), 'at most 64 characters'],
    ['not text', 42, ''],
  ])('refuses %s with a clear message and keeps the list', async (_name, word, message) => {
    await call('spell.addWord', { word: 'Quennell' });
    const r = await call('spell.addWord', { word });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('BAD_INPUT');
      expect(JSON.stringify(r.error)).toContain(message);
    }
    expect(await call('spell.myWords', {})).toEqual({ ok: true, value: { words: ['Quennell'] } });
  });

  it('takes a 64-letter word and hyphenated or accented names', async () => {
    for (const word of ['a'.repeat(64), 'Jean-Luc', 'Zoë', 'Ní']) {
      expect((await call('spell.addWord', { word })).ok).toBe(true);
    }
  });

  it('refuses while the vault is locked', async () => {
    s.vault.lock('manual');
    const r = await call('spell.addWord', { word: 'Quennell' });
    expect(r.ok === false && r.error.code).toBe('LOCKED');
  });
});

describe('withWord', () => {
  it('holds every word once (without case), sorted, and never loses one', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), (words) => {
        const list = words.reduce<string[]>((acc, w) => withWord(acc, w), []);
        const lower = list.map((w) => w.toLowerCase());
        expect(new Set(lower).size).toBe(list.length);
        expect(new Set(lower)).toEqual(new Set(words.map((w) => w.toLowerCase())));
        expect(list).toEqual([...list].sort((a, b) => a.localeCompare(b, 'en-GB')));
      }),
    );
  });
  it('MyWordSchema takes only letters joined by apostrophes or hyphens', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), (text) => {
        const r = MyWordSchema.safeParse(text);
        if (r.success) {
          expect(r.data.length).toBeLessThanOrEqual(64);
          expect(r.data).toMatch(/^[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*$/u);
        }
      }),
    );
  });
});
