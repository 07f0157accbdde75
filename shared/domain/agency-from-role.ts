// The agency type a professional's role points to, so set-up can choose it as the role is typed ("Health visitor"
// → Health visiting). Only a clear match counts: a role that names no agency, or names two, gives none, and the
// chair's own choice always wins (renderer/src/screens/setup/PeopleSection.tsx). Agency types: docs/domain.md §9.1.
import type { AgencyType } from './professionals';

// Checked in order; the first agency whose pattern matches is the answer unless a later, different one matches
// too. More specific roles come first ("school nurse" before "school", "police officer" before "officer").
const PATTERNS: readonly [AgencyType, RegExp][] = [
  ['school-nurse', /\bschool nurs(e|es|ing)\b/],
  ['health-visitor', /\bhealth visit(or|ors|ing)\b/],
  ['midwifery', /\bmidwi(fe|ves|fery)\b/],
  ['paediatrics', /\bp(a)?ediatric(s|ian|ians)?\b/],
  ['gp', /\b(gp|general practi(ce|tioner))\b/],
  ['adult-mental-health', /\b(mental health|psychiatri(st|c)|cpn)\b/],
  ['substance-misuse', /\b(substance|drugs?|alcohol)\b/],
  ['domestic-abuse', /\b(domestic (abuse|violence)|idva|refuge)\b/],
  ['probation', /\bprobation\b/],
  ['police', /\b(police|constable|pc|dc|ds|detective|sergeant|inspector)\b/],
  ['housing', /\bhousing\b/],
  ['early-years', /\b(early years|nursery|childminder|children'?s cent(re|er))\b/],
  [
    'school',
    /\b(school|teacher|head ?teacher|headmaster|headmistress|senco|designated safeguarding lead|dsl|head of year|learning mentor|pastoral)\b/,
  ],
  [
    'childrens-social-care',
    /\b(social worker|social work|family support worker|team manager|personal adviser|children'?s services)\b/,
  ],
];

/** The agency type the role names, or undefined when it names none or more than one. */
export function agencyTypeForRole(role: string): AgencyType | undefined {
  const text = role
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') {
    return undefined;
  }
  const found = new Set<AgencyType>();
  for (const [type, pattern] of PATTERNS) {
    if (pattern.test(text)) {
      found.add(type);
    }
  }
  // "School nurse" also says "school"; "health visitor" at a children's centre also says "children's centre":
  // the more specific health roles win over the place they work.
  for (const [specific, general] of OVERLAPS) {
    if (found.has(specific)) {
      found.delete(general);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const OVERLAPS: readonly [AgencyType, AgencyType][] = [
  ['school-nurse', 'school'],
  ['health-visitor', 'early-years'],
  ['midwifery', 'early-years'],
  ['paediatrics', 'early-years'],
  ['substance-misuse', 'adult-mental-health'],
];
