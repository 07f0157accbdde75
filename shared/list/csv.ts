// CSV and XML text for the list exports: RFC 4180 quoting with CRLF line ends, a guard against spreadsheet
// formula injection (OWASP: a cell starting with = + - @ tab or carriage return is prefixed with '), and XML
// escaping that also drops characters XML 1.0 cannot hold. Rules: docs/list.md.
import { CATEGORY_LABELS } from '../domain/categories';

import { planStartCell } from './plan-start';
import type { ListRow } from './schemas';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-guarded, then quoted when it holds a comma, quote, line break or edge spaces. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A whole CSV document: a header row then one row per record, CRLF line ends, a final CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const XML_INVALID = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text escaped for XML element content or a double- or single-quoted attribute. */
export function xmlEscape(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');

/** The columns of the list CSV, in order. */
export const LIST_CSV_HEADER = [
  'Name',
  'Date of birth',
  'Expected delivery date',
  'Address',
  'NHS number',
  'Plan start',
  'Categories (primary first)',
  'Lead social worker',
  'Team',
  'Contact',
  'Next core group due',
  'Core group overdue',
  'Next review due',
  'Review overdue',
  'Transferred in from',
] as const;

/** The list as CSV (dates as YYYY-MM-DD), with a UTF-8 byte order mark so spreadsheets read accents right. */
export function listCsv(rows: readonly ListRow[]): string {
  const body = rows.map((r) => [
    r.name,
    r.dateOfBirth ?? '',
    r.expectedDeliveryDate ?? '',
    r.address,
    r.nhsNumber ?? '',
    planStartCell(r),
    r.categories.map((c) => CATEGORY_LABELS[c]).join('; '),
    r.leadSocialWorker?.name ?? '',
    r.leadSocialWorker?.team ?? '',
    r.leadSocialWorker?.contact ?? '',
    r.nextCoreGroupDue ?? '',
    yesNo(r.coreGroupOverdue),
    r.nextReviewDue ?? '',
    yesNo(r.reviewOverdue),
    r.originatingAuthority ?? '',
  ]);
  return `\uFEFF${csvText(LIST_CSV_HEADER, body)}`;
}
