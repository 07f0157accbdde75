// Normalising what enquirers type and what the list holds, so that the same child is found however they are
// written: names folded (NFKD, diacritics and apostrophes dropped, hyphens split), UK postcodes, addresses (house
// number and street words, common abbreviations expanded), dates typed in en-GB, and NHS numbers with their
// modulus 11 check digit (NHS Data Dictionary). Rules: docs/domain.md §3.1 (NHS number), §6 (enquiries of the list).
import { isIsoDate, isoDate } from '../domain/calendar';

const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * Only printable ASCII (space to tilde): NFKD leaves it unchanged and it holds no combining marks or SPECIAL
 * letters. Anything else (tabs included) takes the full Unicode path.
 */
const ASCII = /^[ -~]*$/;

/** Lower case, diacritics removed (NFKD), apostrophes dropped, any other punctuation a space, spaces collapsed. */
export function fold(text: string): string {
  // The ASCII shortcut gives the same result without the Unicode passes, which dominate building the list's
  // index (docs/list.md, "Speed"); tests/shared/list/index-fast-path.test.ts checks the two agree.
  const lower = ASCII.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[ßæœøđðłþı]/g, (ch) => SPECIAL[ch] ?? ch);
  return lower
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words that are not part of a name: "Unborn baby of ..." (docs/domain.md §5.2) and titles. */
const NOT_NAME = new Set(['unborn', 'baby', 'of', 'mr', 'mrs', 'ms', 'miss', 'master', 'dr']);

/** A name split for matching: forenames, the surname's parts, and the surname joined up. */
export type NameParts = {
  forenames: string[];
  /** The last word, split at hyphens; plus the last two words joined ("de souza" → "desouza"). */
  surnames: string[];
  /** Every name word, in order. */
  all: string[];
};

/** Splits a name into forenames and surname. "Smith-Jones" gives surnames smith, jones and smithjones. */
export function nameParts(name: string): NameParts {
  const words = (ASCII.test(name) ? name : name.normalize('NFKD'))
    .split(/\s+/)
    .map((w) => fold(w))
    .filter((w) => w.length > 0 && !NOT_NAME.has(w));
  if (words.length === 0) {
    return { forenames: [], surnames: [], all: [] };
  }
  const last = words[words.length - 1]!;
  const lastParts = last.split(' ');
  const surnames = new Set<string>(lastParts);
  if (lastParts.length > 1) {
    surnames.add(lastParts.join(''));
  }
  if (words.length > 2) {
    surnames.add(`${words[words.length - 2]!.replace(/ /g, '')}${last.replace(/ /g, '')}`);
  }
  const forenames = words.slice(0, -1).flatMap((w) => w.split(' '));
  const all = words.flatMap((w) => w.split(' '));
  return { forenames, surnames: [...surnames], all };
}

const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/i;

/** The UK postcode in a text, upper case without spaces ("ME4 4TR" → "ME44TR"), or undefined. */
export function postcodeOf(text: string): string | undefined {
  const m = POSTCODE.exec(text.normalize('NFKC'));
  return m ? `${m[1]!}${m[2]!}`.toUpperCase() : undefined;
}

/** The outward code of a normalised postcode ("ME44TR" → "ME4"). */
export function outwardCode(postcode: string): string {
  return postcode.slice(0, -3);
}

const STREET_WORDS: Readonly<Record<string, string>> = {
  rd: 'road',
  st: 'street',
  str: 'street',
  ave: 'avenue',
  av: 'avenue',
  ln: 'lane',
  cl: 'close',
  dr: 'drive',
  ct: 'court',
  cres: 'crescent',
  cresc: 'crescent',
  pl: 'place',
  sq: 'square',
  gdns: 'gardens',
  gdn: 'gardens',
  terr: 'terrace',
  ter: 'terrace',
  tce: 'terrace',
  wy: 'way',
  pk: 'park',
  grn: 'green',
  gr: 'grove',
  mt: 'mount',
  flat: 'flat',
};

/** An address reduced for comparison: its house numbers and its street words, without the postcode. */
export type AddressKey = { numbers: string[]; words: string[] };

/** Address → numbers (with any letter: "12a") and words (abbreviations expanded); the postcode is removed. */
export function addressKey(text: string): AddressKey {
  const withoutPostcode = text.normalize('NFKC').replace(new RegExp(POSTCODE.source, 'gi'), ' ');
  const tokens = fold(withoutPostcode).split(' ').filter(Boolean);
  const numbers: string[] = [];
  const words: string[] = [];
  for (const t of tokens) {
    if (/^\d+[a-z]?$/.test(t)) {
      numbers.push(t);
    } else if (t.length > 1) {
      words.push(STREET_WORDS[t] ?? t);
    }
  }
  return { numbers, words };
}

/** The digits of an NHS number as typed (spaces and hyphens ignored), or undefined if not 10 digits. */
export function nhsDigits(text: string): string | undefined {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

/**
 * True when the 10-digit NHS number's check digit is right: weights 10 down to 2 on the first nine digits,
 * 11 minus the sum modulo 11 (11 becomes 0; 10 means the number is invalid) must equal the tenth digit.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    sum += Number(digits[i]) * (10 - i);
  }
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

/** A date typed as YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY or DD.MM.YYYY (en-GB order), as ISO; else undefined. */
export function parseDateInput(text: string): string | undefined {
  const t = text.trim();
  if (isIsoDate(t)) {
    return t;
  }
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) {
    return undefined;
  }
  const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(iso) ? iso : undefined;
}

/** True when two different ISO dates have the same year and day and month swapped (05/03 typed as 03/05). */
export function isTransposedDate(a: string, b: string): boolean {
  return (
    a !== b &&
    a.slice(0, 4) === b.slice(0, 4) &&
    a.slice(5, 7) === b.slice(8, 10) &&
    a.slice(8, 10) === b.slice(5, 7)
  );
}
