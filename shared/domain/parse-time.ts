// Reading a 24-hour clock time typed by the chair ("10:00", "9.30", "0930", "1400") as 'HH:MM'.
// Rule source: primitives.ts ClockTimeSchema (times are 'HH:MM', 24-hour); docs/architecture.md §3.6 (en-GB).

/** The time as 'HH:MM', or undefined when the text is not a 24-hour time. */
export function readClockTime(text: string): string | undefined {
  const m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text.trim());
  if (!m) {
    return undefined;
  }
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${m[2]}` : undefined;
}
