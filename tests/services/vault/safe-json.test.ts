// The decrypted-JSON parser (docs/reliability.md §3.1 C5): forbidden keys however they are spelt, depth limits that see
// through strings and escapes, and strict UTF-8. The fast paths (no reviver, indexOf over strings) must stay exact.
import { describe, expect, it } from 'vitest';

import { MAX_DEPTH, parseSafeJson } from '../../../electron/services/vault/safe-json';

const parse = (text: string): unknown => parseSafeJson(Buffer.from(text, 'utf8'));
const nest = (n: number): string => '['.repeat(n) + ']'.repeat(n);

describe('parseSafeJson', () => {
  it.each([
    ['a plain __proto__ key', '{"__proto__":{"polluted":true}}'],
    ['a constructor key deep inside', '{"a":[{"b":{"constructor":{"prototype":1}}}]}'],
    ['a prototype key', '{"prototype":1}'],
    ['__proto__ spelt with a \\u escape', '{"\\u005f_proto__":{"polluted":true}}'],
    ['constructor spelt with escapes', '{"\\u0063onstructor":1}'],
  ])('refuses %s', (_name, text) => {
    expect(() => parse(text)).toThrow(expect.objectContaining({ code: 'CORRUPT' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the forbidden words inside values', () => {
    expect(parse('{"note":"the constructor of the __proto__ prototype"}')).toEqual({
      note: 'the constructor of the __proto__ prototype',
    });
    expect(parse('{"path":"C:\\\\users\\\\x"}')).toEqual({ path: 'C:\\users\\x' });
  });

  it('limits depth exactly, and brackets inside strings or after escaped quotes do not count', () => {
    expect(parse(nest(MAX_DEPTH))).toBeTruthy();
    expect(() => parse(nest(MAX_DEPTH + 1))).toThrow(/nested too deeply/);
    expect(parse(`{"a":"${'['.repeat(500)}"}`)).toEqual({ a: '['.repeat(500) });
    expect(parse(`{"a":"\\"${'{'.repeat(100)}\\\\"}`)).toEqual({ a: `"${'{'.repeat(100)}\\` });
    expect(() => parse(`{"a\\\\":${nest(MAX_DEPTH)}}`)).toThrow(/nested too deeply/);
    expect(() => parse(`{"a\\"":${nest(MAX_DEPTH)}}`)).toThrow(/nested too deeply/);
    expect(() => parse(nest(10_000))).toThrow(/nested too deeply/);
  });

  it('fails closed on invalid UTF-8, invalid JSON and an unterminated string', () => {
    expect(() => parseSafeJson(Buffer.from([0x7b, 0xff, 0x7d]))).toThrow(/text encoding/);
    expect(() => parse('{"a":')).toThrow(/invalid JSON/);
    expect(() => parse(`{"a":"${'['.repeat(100)}`)).toThrow(/invalid JSON/);
  });
});
