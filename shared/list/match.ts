// "Is this child subject to a plan?": how strongly one child on the list matches what the enquirer gave, with
// plain-English reasons. Keys are precomputed once per child (childKeys) so a check over 5,000 children is a
// single fast scan. The strength rules are in strength.ts (docs/list.md, "Checks").
// Rules: docs/domain.md §3.1 (NHS number), §6 (enquiries).
import type { CheckCriteria, Strength } from './enquiry-schemas';
import { compareNames, nameKeys } from './name-match';
import type { NameKeys, NameLevel, WordMatch, WordMemo } from './name-match';
import {
  addressKey,
  isTransposedDate,
  isValidNhsNumber,
  nhsDigits,
  outwardCode,
  postcodeOf,
} from './normalise';
import type { AddressKey, NameParts } from './normalise';
import { strengthOf } from './strength';
import type { DateLevel, NhsLevel, PlaceLevel } from './strength';
import { daysBetween } from '../domain/calendar';

/** What the list holds about one child, reduced for comparison. */
export type ChildKeys = {
  name: NameKeys;
  unborn: boolean;
  dateOfBirth?: string;
  expectedDeliveryDate?: string;
  postcode?: string;
  address: AddressKey;
  nhs?: string;
};

/** Precomputes the comparison keys of a child on the list. */
export function childKeys(
  child: {
    name: string;
    unborn: boolean;
    dateOfBirth?: string | undefined;
    expectedDeliveryDate?: string | undefined;
    address: string;
    nhsNumber?: string | undefined;
  },
  parts?: NameParts,
): ChildKeys {
  const postcode = postcodeOf(child.address);
  // Built by assignment, not conditional spreads: this runs for every child when the list is indexed
  // (docs/list.md, "Speed"). Absent values stay absent keys.
  const keys: ChildKeys = { name: nameKeys(child.name, parts), unborn: child.unborn } as ChildKeys;
  if (child.dateOfBirth !== undefined) {
    keys.dateOfBirth = child.dateOfBirth;
  }
  if (child.expectedDeliveryDate !== undefined) {
    keys.expectedDeliveryDate = child.expectedDeliveryDate;
  }
  if (postcode !== undefined) {
    keys.postcode = postcode;
  }
  keys.address = addressKey(child.address);
  if (child.nhsNumber !== undefined) {
    keys.nhs = child.nhsNumber;
  }
  return keys;
}

/** What the enquirer gave, reduced for comparison, with warnings about what could not be used. */
export type AskedKeys = {
  name?: NameKeys;
  dateOfBirth?: string;
  postcode?: string;
  address?: AddressKey;
  nhs?: string;
  nicknames: boolean;
  warnings: string[];
};

export function askedKeys(c: CheckCriteria): AskedKeys {
  const warnings: string[] = [];
  const name = c.name?.trim() ? nameKeys(c.name) : undefined;
  const postcode = postcodeOf(c.postcode ?? '') ?? postcodeOf(c.address ?? '');
  if (c.postcode?.trim() && postcodeOf(c.postcode) === undefined) {
    warnings.push('The postcode given is not a UK postcode, so it was not used.');
  }
  const address = c.address?.trim() ? addressKey(c.address) : undefined;
  let nhs: string | undefined;
  if (c.nhsNumber?.trim()) {
    const digits = nhsDigits(c.nhsNumber);
    if (digits === undefined) {
      warnings.push('The NHS number given does not have 10 digits, so it was not used.');
    } else if (!isValidNhsNumber(digits)) {
      warnings.push(
        'The NHS number given fails its check digit, so it has probably been mistyped; it was not used.',
      );
    } else {
      nhs = digits;
    }
  }
  return {
    ...(name && name.words > 0 ? { name } : {}),
    ...(c.dateOfBirth !== undefined ? { dateOfBirth: c.dateOfBirth } : {}),
    ...(postcode !== undefined ? { postcode } : {}),
    ...(address && (address.numbers.length > 0 || address.words.length > 0) ? { address } : {}),
    ...(nhs !== undefined ? { nhs } : {}),
    nicknames: c.nicknames === true,
    warnings,
  };
}

const HOW_TEXT: Readonly<Record<WordMatch['how'], string>> = {
  exact: 'is the same as',
  nickname: 'is a short form of',
  'sounds-alike': 'sounds like',
  spelling: 'is a close spelling of',
  initial: 'is the initial of',
};

function nameReason(level: NameLevel, words: readonly WordMatch[], unborn: boolean): string {
  const detail = words
    .filter((w) => w.how !== 'exact')
    .map((w) => `"${w.asked}" ${HOW_TEXT[w.how]} "${w.held}"`)
    .join('; ');
  const head: Record<NameLevel, string> = {
    exact: 'Name matches exactly',
    variant: 'Name matches, spelled differently',
    swapped: 'Name matches with forename and surname swapped',
    surname: 'Surname matches; forename does not',
    forename: 'Forename matches; surname does not',
    none: 'Name does not match',
  };
  const unbornNote = unborn ? " (an unborn baby, recorded under the mother's name)" : '';
  return `${head[level]}${unbornNote}${detail ? `: ${detail}` : ''}.`;
}

function compareDates(asked: string | undefined, held: ChildKeys): DateLevel {
  if (asked === undefined) {
    return 'unknown';
  }
  if (held.dateOfBirth !== undefined) {
    if (asked === held.dateOfBirth) {
      return 'exact';
    }
    return isTransposedDate(asked, held.dateOfBirth) ? 'near' : 'differs';
  }
  if (held.expectedDeliveryDate !== undefined) {
    return Math.abs(daysBetween(held.expectedDeliveryDate, asked)) <= 42 ? 'near' : 'differs';
  }
  return 'unknown';
}

function comparePlaces(asked: AskedKeys, held: ChildKeys): PlaceLevel {
  let postcode: 'full' | 'district' | 'none' = 'none';
  if (asked.postcode !== undefined && held.postcode !== undefined) {
    if (asked.postcode === held.postcode) {
      postcode = 'full';
    } else if (outwardCode(asked.postcode) === outwardCode(held.postcode)) {
      postcode = 'district';
    }
  }
  const a = asked.address;
  const sameAddress =
    a !== undefined &&
    a.numbers.some((n) => held.address.numbers.includes(n)) &&
    a.words.some((w) => w.length > 2 && held.address.words.includes(w));
  if (sameAddress) {
    return postcode === 'full' ? 'address-and-postcode' : 'address';
  }
  if (postcode === 'full') {
    return 'postcode';
  }
  return postcode === 'district' ? 'district' : 'none';
}

const NAME_POINTS: Readonly<Record<NameLevel, number>> = {
  exact: 45,
  variant: 38,
  swapped: 36,
  surname: 20,
  forename: 8,
  none: 0,
};
const DATE_POINTS: Readonly<Record<DateLevel, number>> = {
  exact: 35,
  near: 20,
  differs: -20,
  unknown: 0,
};
const PLACE_POINTS: Readonly<Record<PlaceLevel, number>> = {
  'address-and-postcode': 22,
  address: 15,
  postcode: 15,
  district: 5,
  none: 0,
};
const NHS_POINTS: Readonly<Record<NhsLevel, number>> = { exact: 50, differs: -40, unknown: 0 };

const PLACE_TEXT: Readonly<Record<Exclude<PlaceLevel, 'none'>, string>> = {
  'address-and-postcode': 'Address and postcode match.',
  address: 'Address matches (house number and street).',
  postcode: 'Postcode matches.',
  district: 'Same postcode district only.',
};

export type ChildMatch = { strength: Strength; score: number; reasons: string[] };

/** How strongly a child on the list matches what was asked, or undefined when nothing agrees. */
export function matchChild(
  asked: AskedKeys,
  held: ChildKeys,
  memo?: WordMemo,
): ChildMatch | undefined {
  const name = asked.name
    ? compareNames(asked.name, held.name, asked.nicknames, memo)
    : { level: 'none' as const, words: [], loose: false };
  const date = compareDates(asked.dateOfBirth, held);
  const place = comparePlaces(asked, held);
  const nhs: NhsLevel =
    asked.nhs === undefined || held.nhs === undefined
      ? 'unknown'
      : asked.nhs === held.nhs
        ? 'exact'
        : 'differs';
  const strength = strengthOf({
    nameGiven: asked.name !== undefined,
    name: name.level,
    loose: name.loose,
    date,
    place,
    nhs,
  });
  if (strength === undefined) {
    return undefined;
  }
  const reasons: string[] = [];
  if (nhs === 'exact') {
    reasons.push('NHS number matches.');
  }
  if (nhs === 'differs') {
    reasons.push('NHS numbers differ.');
  }
  if (asked.name) {
    reasons.push(nameReason(name.level, name.words, held.unborn));
  }
  if (date === 'exact') {
    reasons.push('Date of birth matches.');
  }
  if (date === 'near') {
    reasons.push(
      held.dateOfBirth !== undefined
        ? 'Date of birth matches with day and month swapped.'
        : 'Born within six weeks of the expected delivery date recorded for an unborn baby.',
    );
  }
  if (date === 'differs') {
    reasons.push('Date of birth differs.');
  }
  if (place !== 'none') {
    reasons.push(PLACE_TEXT[place]);
  }
  const raw =
    NAME_POINTS[name.level] -
    (name.loose ? 6 : 0) +
    DATE_POINTS[date] +
    PLACE_POINTS[place] +
    NHS_POINTS[nhs];
  return { strength, score: Math.max(0, Math.min(100, raw)), reasons };
}
