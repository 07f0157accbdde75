// How the visible signature block prints the signing time: en-GB, in UK time. Rule source: docs/reliability.md §2.5
// (visible block: name, role, date and time, fingerprint), docs/architecture.md §3.6 (en-GB dates).
import { formatDate, formatTime } from '../domain/format-en-gb';

/**
 * "6 January 2026 at 9:30am (UK time)" from an ISO instant. Uses the Europe/London zone so the printed time
 * matches the clock on the chair's wall whatever the machine's zone.
 */
export function signedAtText(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`Not an ISO date and time: "${iso}"`);
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const date = `${get('year')}-${get('month')}-${get('day')}`;
  return `${formatDate(date)} at ${formatTime(`${get('hour')}:${get('minute')}`)} (UK time)`;
}

/** The rows of the visible signature block, in print order. */
export function signatureRows(s: {
  name: string;
  role: string;
  signedAt: string;
  fingerprint: string;
  version: number;
}): { label: string; value: string }[] {
  return [
    { label: 'Signed electronically by', value: s.name },
    { label: 'Role', value: s.role },
    { label: 'Date and time', value: signedAtText(s.signedAt) },
    { label: 'Record version', value: String(s.version) },
    { label: 'Certificate fingerprint (SHA-256)', value: s.fingerprint },
  ];
}

/** What an unsigned document prints where the signature block will go. */
export const UNSIGNED_TEXT =
  'Not yet signed. The chair signs this document electronically when approving it; the signature block then appears here.';
