// Normalising names, postcodes, addresses, typed dates and NHS numbers for the list checks. Fictional data only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addressKey,
  fold,
  isTransposedDate,
  isValidNhsNumber,
  nameParts,
  nhsDigits,
  outwardCode,
  parseDateInput,
  postcodeOf,
} from '../../../shared/list/normalise';

/** The NHS number with its check digit appended, or undefined when the check digit would be 10. */
function withCheckDigit(nine: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    sum += Number(nine[i]) * (10 - i);
  }
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : `${nine}${check}`;
}

const nineDigits = fc.stringMatching(/^\d{9}$/);

describe('fold', () => {
  it('drops diacritics, apostrophes and case, and splits at hyphens', () => {
    expect(fold('Zoë')).toBe('zoe');
    expect(fold('Renée O’Brien')).toBe('renee obrien');
    expect(fold("D'Arcy Smith-Jones")).toBe('darcy smith jones');
    expect(fold('Łukasz Straße')).toBe('lukasz strasse');
    expect(fold('  Siân   NÍ  Bhriain ')).toBe('sian ni bhriain');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => fold(fold(s)) === fold(s)));
  });
});

describe('nameParts', () => {
  it('splits forenames from a double-barrelled surname and keeps the joined form', () => {
    const p = nameParts('Mia Rose Smith-Jones');
    expect(p.forenames).toEqual(['mia', 'rose']);
    expect(p.surnames).toEqual(expect.arrayContaining(['smith', 'jones', 'smithjones']));
  });

  it('joins a two-word surname and ignores "Unborn baby of"', () => {
    expect(nameParts('Ana De Souza').surnames).toContain('desouza');
    expect(nameParts('Unborn baby of Jade Example')).toEqual({
      forenames: ['jade'],
      surnames: ['example'],
      all: ['jade', 'example'],
    });
    expect(nameParts('   ').all).toEqual([]);
  });
});

describe('postcodes and addresses', () => {
  it('finds a UK postcode in an address however it is spaced or cased', () => {
    expect(postcodeOf('1 Nowhere Street, Fictionton ME4 4TR')).toBe('ME44TR');
    expect(postcodeOf('me44tr')).toBe('ME44TR');
    expect(postcodeOf('SW1A 1AA')).toBe('SW1A1AA');
    expect(postcodeOf('No postcode here')).toBeUndefined();
    expect(outwardCode('SW1A1AA')).toBe('SW1A');
  });

  it('keeps house numbers and street words, expanding abbreviations and dropping the postcode', () => {
    expect(addressKey('12a Acacia Rd, Fictionton ME4 4TR')).toEqual({
      numbers: ['12a'],
      words: ['acacia', 'road', 'fictionton'],
    });
    expect(addressKey('Flat 3, 7 Imaginary Gdns').words).toContain('gardens');
  });
});

describe('NHS numbers', () => {
  it('accepts a number with the right modulus 11 check digit and refuses a wrong one', () => {
    expect(isValidNhsNumber('9990000018')).toBe(true);
    expect(isValidNhsNumber('9990000017')).toBe(false);
    expect(isValidNhsNumber('999000001')).toBe(false);
    expect(nhsDigits('999 000 0018')).toBe('9990000018');
    expect(nhsDigits('999-000-0018')).toBe('9990000018');
    expect(nhsDigits('99900')).toBeUndefined();
  });

  it('refuses a number whose check digit would be 10', () => {
    let ten: string | undefined;
    for (let i = 1; ten === undefined; i += 1) {
      const nine = String(i).padStart(9, '0');
      ten = withCheckDigit(nine) === undefined ? nine : undefined;
    }
    for (let d = 0; d <= 9; d += 1) {
      expect(isValidNhsNumber(`${ten}${d}`)).toBe(false);
    }
  });

  it('detects every single-digit error (property)', () => {
    fc.assert(
      fc.property(
        nineDigits,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (nine, pos, delta) => {
          const valid = withCheckDigit(nine);
          fc.pre(valid !== undefined);
          expect(isValidNhsNumber(valid)).toBe(true);
          const digits = valid.split('');
          digits[pos] = String((Number(digits[pos]) + delta) % 10);
          expect(isValidNhsNumber(digits.join(''))).toBe(false);
        },
      ),
    );
  });

  it('detects every swap of two different adjacent digits (property)', () => {
    fc.assert(
      fc.property(nineDigits, fc.integer({ min: 0, max: 8 }), (nine, pos) => {
        const valid = withCheckDigit(nine);
        fc.pre(valid !== undefined && valid[pos] !== valid[pos + 1]);
        const d = valid.split('');
        [d[pos], d[pos + 1]] = [d[pos + 1]!, d[pos]!];
        expect(isValidNhsNumber(d.join(''))).toBe(false);
      }),
    );
  });
});

describe('typed dates', () => {
  it('reads ISO and en-GB day-first dates and refuses impossible ones', () => {
    expect(parseDateInput('2021-03-14')).toBe('2021-03-14');
    expect(parseDateInput('14/03/2021')).toBe('2021-03-14');
    expect(parseDateInput('4.3.2021')).toBe('2021-03-04');
    expect(parseDateInput('31/02/2021')).toBeUndefined();
    expect(parseDateInput('March 2021')).toBeUndefined();
  });

  it('recognises day and month swapped in the same year', () => {
    expect(isTransposedDate('2021-03-04', '2021-04-03')).toBe(true);
    expect(isTransposedDate('2021-03-03', '2021-03-03')).toBe(false);
    expect(isTransposedDate('2021-03-04', '2020-04-03')).toBe(false);
  });
});
