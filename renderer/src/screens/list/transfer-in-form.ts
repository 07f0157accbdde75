// The transfer-in form as typed, checked with the schema list.addTransferIn parses and the same cross-field rules
// the service applies, so every missing or wrong detail is shown at once, by field, before anything is sent.
// Rules: docs/domain.md §5.3 (transfer-in: originating authority, the plan that came with the child), §9.2 rule 11.
import type { Category } from '../../../../shared/domain/categories';
import { CATEGORY_LABELS } from '../../../../shared/domain/categories';
import type { AppError } from '../../../../shared/ipc/result';
import { isValidNhsNumber, nhsDigits } from '../../../../shared/list/normalise';
import { TransferInInputSchema } from '../../../../shared/list/schemas';
import type { TransferInInput } from '../../../../shared/list/schemas';

/** The text fields of the form, as typed. */
export type TransferInDraft = {
  name: string;
  unborn: boolean;
  address: string;
  nhsNumber: string;
  originatingAuthority: string;
  categories: Category[];
  primary: Category | '';
  leadName: string;
  leadTeam: string;
  leadContact: string;
};

/** The date fields, already read from their text (undefined when left empty). */
export type TransferInDates = {
  dateOfBirth: string | undefined;
  expectedDeliveryDate: string | undefined;
  originatingPlanStart: string | undefined;
  notifiedOn: string | undefined;
  nextReviewDue: string | undefined;
  nextCoreGroupDue: string | undefined;
};

export const EMPTY_TRANSFER_IN: TransferInDraft = {
  name: '',
  unborn: false,
  address: '',
  nhsNumber: '',
  originatingAuthority: '',
  categories: [],
  primary: '',
  leadName: '',
  leadTeam: '',
  leadContact: '',
};

/** Field key → label, in the order of the form (the error summary lists problems in this order). */
export const TRANSFER_IN_LABELS = {
  name: "Child's name",
  dateOfBirth: 'Date of birth',
  expectedDeliveryDate: 'Expected delivery date',
  address: 'Address',
  nhsNumber: 'NHS number',
  originatingAuthority: 'Authority the child moved from',
  originatingPlanStart: 'Date the plan started there',
  notifiedOn: 'Date this authority was told of the move',
  categories: 'Categories of abuse or neglect',
  primary: 'Primary category',
  leadSocialWorker: 'Lead social worker',
  nextCoreGroupDue: 'Next core group due',
  nextReviewDue: 'Next review due',
} as const;
export type TransferInField = keyof typeof TRANSFER_IN_LABELS;
export type TransferInErrors = Partial<Record<TransferInField, string>>;

const MESSAGES: TransferInErrors = {
  name: "Enter the child's name.",
  originatingAuthority: 'Enter the authority the child moved from.',
  originatingPlanStart: 'Enter the date the plan started in the other authority.',
  notifiedOn: 'Enter the date this authority was told of the move.',
  categories: 'Choose at least one category.',
};

const text = (s: string) => s.trim();
const opt = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

function crossFieldErrors(d: TransferInDraft, dates: TransferInDates, today: string) {
  const errors: TransferInErrors = {};
  if (d.unborn && dates.expectedDeliveryDate === undefined) {
    errors.expectedDeliveryDate = 'Enter the expected delivery date of the unborn baby.';
  }
  if (!d.unborn && dates.dateOfBirth === undefined) {
    errors.dateOfBirth = "Enter the child's date of birth.";
  }
  if (!d.unborn && dates.dateOfBirth !== undefined && dates.dateOfBirth > today) {
    errors.dateOfBirth = 'The date of birth cannot be in the future.';
  }
  const { originatingPlanStart: start, notifiedOn } = dates;
  if (start !== undefined && notifiedOn !== undefined && start > notifiedOn) {
    errors.originatingPlanStart =
      'The plan must have started before this authority was told of the move.';
  }
  if (notifiedOn !== undefined && notifiedOn > today) {
    errors.notifiedOn = 'The date you were told of the move cannot be in the future.';
  }
  if (d.categories.length > 1 && (d.primary === '' || !d.categories.includes(d.primary))) {
    errors.primary = 'Choose which category is the primary one.';
  }
  const nhs = text(d.nhsNumber);
  if (nhs !== '') {
    const digits = nhsDigits(nhs);
    if (digits === undefined || !isValidNhsNumber(digits)) {
      errors.nhsNumber = 'That NHS number is not valid: check the 10 digits.';
    }
  }
  const anyLead = [d.leadTeam, d.leadContact].some((s) => text(s) !== '');
  if (anyLead && text(d.leadName) === '') {
    errors.leadSocialWorker = "Enter the lead social worker's name, or leave all three empty.";
  }
  return errors;
}

/** The categories primary first, as list.addTransferIn expects them. */
export function orderedCategories(d: Pick<TransferInDraft, 'categories' | 'primary'>): Category[] {
  const primary = d.categories.length === 1 ? d.categories[0] : d.primary;
  return primary && d.categories.includes(primary)
    ? [primary, ...d.categories.filter((c) => c !== primary)]
    : [...d.categories];
}

/** The list.addTransferIn input, or the problems by field. `today` is the UK date ('YYYY-MM-DD'). */
export function readTransferInForm(
  d: TransferInDraft,
  dates: TransferInDates,
  today: string,
): { ok: true; input: TransferInInput } | { ok: false; errors: TransferInErrors } {
  const lead = text(d.leadName)
    ? { name: text(d.leadName), team: text(d.leadTeam), contact: text(d.leadContact) }
    : undefined;
  const candidate = {
    name: text(d.name),
    unborn: d.unborn,
    ...opt('dateOfBirth', d.unborn ? undefined : dates.dateOfBirth),
    ...opt('expectedDeliveryDate', d.unborn ? dates.expectedDeliveryDate : undefined),
    address: text(d.address),
    ...opt('nhsNumber', text(d.nhsNumber) || undefined),
    originatingAuthority: text(d.originatingAuthority),
    originatingPlanStart: dates.originatingPlanStart ?? '',
    notifiedOn: dates.notifiedOn ?? '',
    categories: orderedCategories(d),
    ...opt('leadSocialWorker', lead),
    ...opt('nextReviewDue', dates.nextReviewDue),
    ...opt('nextCoreGroupDue', dates.nextCoreGroupDue),
  };
  const parsed = TransferInInputSchema.safeParse(candidate);
  const errors: TransferInErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'name');
      const field: TransferInField =
        key in TRANSFER_IN_LABELS ? (key as TransferInField) : 'leadSocialWorker';
      errors[field] ??= MESSAGES[field] ?? issue.message;
    }
  }
  const all = { ...errors, ...crossFieldErrors(d, dates, today) };
  if (parsed.success && Object.keys(all).length === 0) {
    return { ok: true, input: parsed.data };
  }
  return { ok: false, errors: all };
}

/** An AppError for ErrorSummary listing each field's problem by its label, in the order of the form. */
export function transferInSummary(errors: TransferInErrors): AppError {
  const issues = (Object.keys(TRANSFER_IN_LABELS) as TransferInField[])
    .filter((k) => errors[k])
    .map((k) => ({ path: TRANSFER_IN_LABELS[k], message: errors[k] ?? '' }));
  return {
    code: 'BAD_INPUT',
    message: 'Check these details before the child is added to the list.',
    issues,
  };
}

/** A service error's issues mapped back to fields, so the form can show them inline too. */
export function errorsFromFailure(error: AppError): TransferInErrors {
  const out: TransferInErrors = {};
  for (const issue of error.issues ?? []) {
    const key = issue.path.split('.')[0] ?? '';
    if (key in TRANSFER_IN_LABELS) {
      out[key as TransferInField] ??= issue.message;
    }
  }
  return out;
}

/** "Neglect", "Physical abuse"… for the category checkboxes. */
export const CATEGORY_CHOICES: readonly { value: Category; label: string }[] = (
  Object.keys(CATEGORY_LABELS) as Category[]
).map((value) => ({ value, label: CATEGORY_LABELS[value] }));
