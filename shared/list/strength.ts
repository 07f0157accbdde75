// How strongly one record on the list matches a check, from what agreed and what differed ([DERIVED], see
// docs/list.md, "Checks"). The weak floor is generous on purpose: a record that plausibly is the child asked about
// must be listed, because a listed record on an active plan turns the answer into "cannot confirm" instead of
// "no" (docs/domain.md §6: a confident wrong answer is worse than none).
// - strong: NHS number and any part of the name or the date of birth; or the full name, firmly (no loose word),
//   and the date of birth;
// - possible: NHS number alone; the full name with a date of birth, a near date or the same address or postcode;
//   the surname with the date of birth; the date of birth with the same address; the exact full name alone;
// - weak (the floor): any other full-name or surname agreement (misspelt, sounds-alike, nickname, swapped,
//   initial); the forename with a date or place that agrees; with no name given, a date or a place that agrees;
//   a different name at the same address.
// A date of birth or NHS number given on both sides that differs lowers the strength one step, and rules out a
// record that agrees on no more than part of the name (the sibling with another forename and birthday).
import type { Strength } from './enquiry-schemas';
import type { NameLevel } from './name-match';

export type DateLevel = 'exact' | 'near' | 'differs' | 'unknown';
export type PlaceLevel = 'address-and-postcode' | 'address' | 'postcode' | 'district' | 'none';
export type NhsLevel = 'exact' | 'differs' | 'unknown';

/** What agreed between the check and one record. */
export type MatchFacts = {
  nameGiven: boolean;
  name: NameLevel;
  /** Some word of the name agreed only loosely (an initial, two letters wrong, an unasked nickname). */
  loose: boolean;
  date: DateLevel;
  place: PlaceLevel;
  nhs: NhsLevel;
};

const weaker = (s: Strength): Strength => (s === 'strong' ? 'possible' : 'weak');

function reachesFloor(f: MatchFacts, full: boolean, dateAgrees: boolean, near: boolean): boolean {
  if (full || f.name === 'surname') {
    return true;
  }
  if (!f.nameGiven || f.name === 'forename') {
    return dateAgrees || near;
  }
  return f.place === 'address' || f.place === 'address-and-postcode';
}

/** The strength of a record's match, or undefined when it does not reach the weak floor. */
export function strengthOf(f: MatchFacts): Strength | undefined {
  const full = f.name === 'exact' || f.name === 'variant' || f.name === 'swapped';
  const firm = full && !f.loose;
  const dateAgrees = f.date === 'exact' || f.date === 'near';
  const home = f.place === 'address' || f.place === 'address-and-postcode';
  const near = home || f.place === 'postcode';
  let strength: Strength | undefined;
  if (
    (f.nhs === 'exact' && (full || f.name === 'surname' || f.date === 'exact')) ||
    (firm && f.date === 'exact')
  ) {
    strength = 'strong';
  } else if (
    f.nhs === 'exact' ||
    (full && (dateAgrees || near)) ||
    (f.name === 'surname' && f.date === 'exact') ||
    (f.date === 'exact' && near) ||
    f.name === 'exact'
  ) {
    strength = 'possible';
  } else if (reachesFloor(f, full, dateAgrees, near)) {
    strength = 'weak';
  }
  if (strength === undefined) {
    return undefined;
  }
  const differs = f.date === 'differs' || f.nhs === 'differs';
  if (differs && !full && f.nhs !== 'exact' && !home) {
    return undefined;
  }
  if (f.date === 'differs') {
    strength = weaker(strength);
  }
  if (f.nhs === 'differs') {
    strength = weaker(strength);
  }
  return strength;
}
