// Bad text is refused or neutralised (docs/reliability.md §3.4, hostile input): import refuses invalid UTF-8 and
// control characters or bidi overrides in names and identifiers, naming the field; the CLI's one output path never
// prints control characters raw.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { decodeUtf8, escapeControls, refuseUnsafeText } from '../../electron/cli/safe-text';
import { aDocumentConference } from '../fixtures/documents';
import { EXIT, vaultCli } from '../support/cli-harness';
import { tempDir as docsTempDir } from '../services/documents/tools';
import { PASS, tempDir } from '../services/vault/helpers';

let dir: string;
let work: string;
let cleanup: () => Promise<void>;
const cli = vaultCli({ dataDir: () => dir, stdin: `${PASS}\n` });

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  work = docsTempDir('safe-text');
  expect((await cli(['init', '--passphrase-stdin'])).code).toBe(EXIT.OK);
});
afterAll(() => cleanup());

// eslint-disable-next-line no-control-regex -- the test looks for control characters
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

describe('safe text', () => {
  it('escapes every control character and bidi override, keeping newline and tab (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeControls(s);
        expect(UNSAFE.test(out)).toBe(false);
        expect(out.split('\n').length).toBe(s.split('\n').length);
      }),
      { seed: 20260105, numRuns: 500 },
    );
    expect(escapeControls('a\u0007b\u202Ec\u0085\td\n')).toBe('a\\u{7}b\\u{202E}c\\u{85}\td\n');
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    for (const bytes of [
      [0xff],
      [0x41, 0xc3],
      [0xe2, 0x28, 0xa1],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
    ]) {
      expect(() => decodeUtf8(Uint8Array.from(bytes), 'conference file')).toThrow(
        /not valid UTF-8/,
      );
    }
    expect(decodeUtf8(Buffer.from('Zoë Ñandú 😀'), 'x')).toBe('Zoë Ñandú 😀');
  });

  it.each([
    [
      { children: [{ firstName: 'Tilly\u0007' }] },
      'children.0.firstName',
      'control character (U+0007)',
    ],
    [{ id: 'conf\u202E1' }, 'id', 'text direction override (U+202E)'],
    [{ lead: { name: 'Ada\u2066x' } }, 'lead.name', 'text direction override (U+2066)'],
    [{ notes: 'line\u009Bone' }, 'notes', 'control character (U+009B)'],
    [{ ['bad\u0000key']: 1 }, '(field name)', 'control character (U+0000)'],
  ])('refuses %j naming %s', (value, field, what) => {
    expect(() => refuseUnsafeText(value)).toThrow(`The field ${field} contains a ${what}`);
  });

  it('allows newlines, tabs and direction marks in free text, and bidi text in names', () => {
    expect(() =>
      refuseUnsafeText({
        notes: 'one\r\ntwo\tthree \u202B quoted \u202C',
        firstName: 'سارة\u200F',
      }),
    ).not.toThrow();
  });
});

describe('icpc import', () => {
  it('refuses a file that is not UTF-8, or a name with a control character, and prints nothing raw', async () => {
    const latin1 = join(work, 'latin1.json');
    writeFileSync(
      latin1,
      Buffer.from(JSON.stringify(aDocumentConference()).replace('conf-1', 'conf-\u00e9'), 'latin1'),
    );
    const r = await cli(['import', latin1, '--passphrase-stdin']);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toMatch(/not valid UTF-8 text/);
    const bell = join(work, 'bell\u001b[31m.json');
    const conference = aDocumentConference();
    conference.children[0]!.details.name = 'Tilly\u0007\u001b[2J';
    writeFileSync(bell, JSON.stringify(conference));
    const s = await cli(['import', bell, '--passphrase-stdin']);
    expect(s.code).toBe(EXIT.USAGE);
    expect(s.err).toMatch(
      /The field children\.0\.details\.name contains a control character \(U\+0007\)/,
    );
    const missing = await cli(['import', join(work, 'no\u001b[2Jsuch.json'), '--passphrase-stdin']);
    expect(missing.code).not.toBe(EXIT.OK);
    for (const run of [r, s, missing]) {
      expect(UNSAFE.test(run.out + run.err)).toBe(false);
    }
  });
});
