// How a plan's start reads wherever the app shows it (the list, its CSV, checks, the CLI, the chair's snapshot).
// One rule (docs/domain.md §5.2): a plan a pre-birth conference makes from birth starts on the day of birth, so
// until the birth is recorded it reads "At birth (expected …)", never the conference day; the documents say the
// same (shared/documents/plan-dates.ts).
import { formatDate } from '../domain/format-en-gb';

export type PlanStartFacts = {
  planStart?: string | undefined;
  startsAtBirth?: boolean | undefined;
  expectedDeliveryDate?: string | undefined;
};

/** "5 January 2026", or "At birth (expected 1 March 2026)" for a plan from birth whose baby is not yet born. */
export function planStartWords(p: PlanStartFacts): string {
  if (p.planStart !== undefined) {
    return formatDate(p.planStart);
  }
  if (p.startsAtBirth === true) {
    return p.expectedDeliveryDate !== undefined
      ? `At birth (expected ${formatDate(p.expectedDeliveryDate)})`
      : 'At birth (expected date not recorded)';
  }
  return 'Not recorded';
}

/** "Subject to a child protection plan from birth (the baby is expected on 1 March 2026)". */
export function fromBirthText(expectedDeliveryDate: string | undefined): string {
  return `Subject to a child protection plan from birth (${
    expectedDeliveryDate !== undefined
      ? `the baby is expected on ${formatDate(expectedDeliveryDate)}`
      : 'no expected delivery date is recorded'
  })`;
}

/** The same for a CSV cell: the ISO date, or "At birth (expected YYYY-MM-DD)". */
export function planStartCell(p: PlanStartFacts): string {
  if (p.planStart !== undefined) {
    return p.planStart;
  }
  if (p.startsAtBirth === true) {
    return p.expectedDeliveryDate !== undefined
      ? `At birth (expected ${p.expectedDeliveryDate})`
      : 'At birth';
  }
  return '';
}
