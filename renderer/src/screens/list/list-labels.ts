// Plain-English labels for the list of children subject to a child protection plan, its checks and enquiry log.
// Wording: docs/domain.md §6 (current terms: "subject to a child protection plan", "discontinue"; never "register").
import { CATEGORY_LABELS } from '../../../../shared/domain/categories';
import type { Category } from '../../../../shared/domain/categories';
import { formatDate } from '../../../../shared/domain/format-en-gb';
import { LIST_SORT_KEYS } from '../../../../shared/ipc/contracts/list';
import { ANSWER_CLASS } from '../../../../shared/list/disclosure';
import type { AnswerCode, Strength } from '../../../../shared/list/enquiry-schemas';
import type {
  EndReason,
  ListChild,
  ListRow,
  ManualEndReason,
} from '../../../../shared/list/schemas';

/** The three answer classes (docs/list.md, "Checks"), worded as they may be told. */
export const ANSWER_LABELS: Readonly<Record<AnswerCode, string>> = ANSWER_CLASS;

export const STRENGTH_LABELS: Readonly<Record<Strength, string>> = {
  strong: 'Strong match',
  possible: 'Possible match',
  weak: 'Weak match',
};

export const END_REASON_LABELS: Readonly<Record<EndReason, string>> = {
  'no-longer-at-risk': 'A review conference judged the child no longer at risk of significant harm',
  'transfer-conference-held': 'The transfer conference here was held',
  'moved-to-another-authority': 'Moved permanently to another authority',
  'turned-18': 'Reached 18',
  died: 'Died',
  'left-uk': 'Left the UK permanently',
  'looked-after': 'Became looked after and is no longer at risk for that reason',
  'other-conference-outcome': 'A conference decided another outcome',
};

/** The reasons a plan may end without a review conference (docs/domain.md §3.4), as the end-plan form offers them. */
export const MANUAL_END_REASON_LABELS: Readonly<Record<ManualEndReason, string>> = {
  'moved-to-another-authority':
    'Moved permanently to another authority, which has held its transfer conference',
  'turned-18': 'Reached 18',
  died: 'Died',
  'left-uk': 'Left the UK permanently',
  'looked-after': 'Became looked after and is no longer at risk for that reason',
};

/** "Neglect (primary), Emotional abuse": categories as given, the first one primary. */
export function categoriesText(categories: readonly Category[]): string {
  if (categories.length === 0) {
    return 'None recorded';
  }
  return categories
    .map((c, i) => (i === 0 ? `${CATEGORY_LABELS[c]} (primary)` : CATEGORY_LABELS[c]))
    .join(', ');
}

type Birth = Pick<ListChild, 'dateOfBirth' | 'expectedDeliveryDate'> & { unborn?: boolean };

/** "5 January 2020", "Unborn, expected 3 March 2026", or "Not known" (for a "Date of birth" label). */
export function birthDateText(child: Birth): string {
  if (child.dateOfBirth && !child.unborn) {
    return formatDate(child.dateOfBirth);
  }
  if (child.unborn || child.expectedDeliveryDate) {
    return child.expectedDeliveryDate
      ? `Unborn, expected ${formatDate(child.expectedDeliveryDate)}`
      : 'Unborn, expected date not known';
  }
  return 'Not known';
}

/** "Born 5 January 2020", "Unborn, expected 3 March 2026", or that the date is not known. */
export function birthText(child: Birth): string {
  const text = birthDateText(child);
  return text === 'Not known'
    ? 'Date of birth not known'
    : child.dateOfBirth && !child.unborn
      ? `Born ${text}`
      : text;
}

/** "5,000": a count with thousands separated by commas (no Intl, so no machine locale). */
export function countText(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 review", "5,000 children": a count and its noun. */
export function countOf(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${countText(n)} ${n === 1 ? singular : pluralForm}`;
}

/** A date in en-GB, or the given text when there is none. */
export function dateOr(date: string | undefined, none = 'Not set'): string {
  return date ? formatDate(date) : none;
}

/** "March 2026" from '2026-03'. */
export function monthText(month: string): string {
  const [year, m] = month.split('-');
  return formatDate(`${year ?? ''}-${m ?? ''}-01`).replace(/^1 /, '');
}

/** "5 January 2026 at 14:05" from an ISO date-time, in the machine's time zone. */
export function dateTimeText(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(todayIso(d))} at ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Today on this machine's clock as 'YYYY-MM-DD'. */
export function todayIso(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Words for what is overdue on a row ("Review and core group"), or undefined when nothing is. */
export function overdueWhat(row: Pick<ListRow, 'reviewOverdue' | 'coreGroupOverdue'>) {
  if (row.reviewOverdue && row.coreGroupOverdue) {
    return 'Review and core group';
  }
  return row.reviewOverdue ? 'Review' : row.coreGroupOverdue ? 'Core group' : undefined;
}

export type ListSortKey = (typeof LIST_SORT_KEYS)[number];

/** The list sort key of a column id, for list.query; undefined for a column that does not sort. */
export function sortKeyOf(columnId: string): ListSortKey | undefined {
  return LIST_SORT_KEYS.find((k) => k === columnId);
}
