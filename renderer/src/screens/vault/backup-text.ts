// How a backup is described to a person: its time in en-GB words (local time) and its size.
// Rule source: docs/architecture.md (plain English, en-GB dates such as "5 January 2026").
import { formatDate, formatTime } from '../../../../shared/domain/format-en-gb';

const two = (n: number): string => String(n).padStart(2, '0');

/** "5 January 2026 at 2:30pm" from an ISO time, in this computer's time zone. */
export function backupTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) {
    return iso;
  }
  const date = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `${formatDate(date)} at ${formatTime(`${two(d.getHours())}:${two(d.getMinutes())}`)}`;
}

/** "840 KB", "1.2 MB". */
export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) {
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
