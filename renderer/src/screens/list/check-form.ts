// The "is this child subject to a plan?" form as typed, checked with the same schemas list.check parses, so the
// enquirer sees every missing detail at once, by field, before anything is sent. Rule source: docs/list.md;
// docs/domain.md §6 (enquirer's details checked and recorded first).
import type { z } from 'zod';

import type { CheckCriteria, Enquirer } from '../../../../shared/list/enquiry-schemas';
import { CheckCriteriaSchema, EnquirerSchema } from '../../../../shared/list/enquiry-schemas';
import type { AppError } from '../../../../shared/ipc/result';

export type EnquirerDraft = Record<keyof Enquirer, string>;
export type CriteriaDraft = {
  name: string;
  address: string;
  postcode: string;
  nhsNumber: string;
  nicknames: boolean;
};

export const EMPTY_ENQUIRER: EnquirerDraft = {
  name: '',
  role: '',
  agency: '',
  phone: '',
  reason: '',
};
export const EMPTY_CRITERIA: CriteriaDraft = {
  name: '',
  address: '',
  postcode: '',
  nhsNumber: '',
  nicknames: false,
};

export const ENQUIRER_LABELS: Readonly<Record<keyof Enquirer, string>> = {
  name: "Enquirer's name",
  role: 'Role',
  agency: 'Agency',
  phone: 'Phone number',
  reason: 'Reason for the enquiry',
};

/**
 * Field key → message. Keys are 'enquirer.<field>' and 'child.<field>'; 'child' alone holds the "give at least
 * one of" message for the child's details.
 */
export type FieldErrors = Partial<Record<string, string>>;

const firstByField = (issues: readonly z.core.$ZodIssue[], prefix: string): FieldErrors => {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = typeof issue.path[0] === 'string' ? `${prefix}.${issue.path[0]}` : prefix;
    out[key] ??= issue.message;
  }
  return out;
};

/** The list.check input, or the errors by field when something is missing or wrong. */
export function readCheckForm(
  enquirer: EnquirerDraft,
  criteria: CriteriaDraft,
  dateOfBirth: string | undefined,
):
  | { ok: true; input: { enquirer: Enquirer; child: CheckCriteria } }
  | { ok: false; errors: FieldErrors } {
  const e = EnquirerSchema.safeParse({
    name: enquirer.name.trim(),
    role: enquirer.role.trim(),
    agency: enquirer.agency.trim(),
    phone: enquirer.phone.trim(),
    reason: enquirer.reason.trim(),
  });
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  const child = {
    ...(text(criteria.name) ? { name: text(criteria.name) } : {}),
    ...(dateOfBirth ? { dateOfBirth } : {}),
    ...(text(criteria.address) ? { address: text(criteria.address) } : {}),
    ...(text(criteria.postcode) ? { postcode: text(criteria.postcode) } : {}),
    ...(text(criteria.nhsNumber) ? { nhsNumber: text(criteria.nhsNumber) } : {}),
    ...(criteria.nicknames ? { nicknames: true } : {}),
  };
  const c = CheckCriteriaSchema.safeParse(child);
  if (e.success && c.success) {
    return { ok: true, input: { enquirer: e.data, child: c.data } };
  }
  return {
    ok: false,
    errors: {
      ...(e.success ? {} : firstByField(e.error.issues, 'enquirer')),
      ...(c.success ? {} : firstByField(c.error.issues, 'child')),
    },
  };
}

const LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(ENQUIRER_LABELS).map(([k, v]) => [`enquirer.${k}`, v])),
  'child.name': "Child's name",
  'child.dateOfBirth': 'Date of birth',
  'child.address': 'Address',
  'child.postcode': 'Postcode',
  'child.nhsNumber': 'NHS number',
  child: "The child's details",
};

/** An AppError for ErrorSummary listing each field's problem by its label, in the order of the form. */
export function summaryOf(errors: FieldErrors): AppError {
  const issues = Object.keys(LABELS)
    .filter((k) => errors[k])
    .map((k) => ({ path: LABELS[k] ?? k, message: errors[k] ?? '' }));
  return {
    code: 'BAD_INPUT',
    message: 'Check these details before the enquiry is answered.',
    issues,
  };
}
