// The idle lock form's check of typed minutes, kept apart from the form so a test runs it without a browser.
// Rule source: docs/vault.md.

/** The refusal for a typed value outside `range` (or not a whole number), or null when it is fine. */
export function minutesProblem(typed: string, range: { min: number; max: number }): string | null {
  const n = Number(typed);
  return typed.trim() === '' || !Number.isInteger(n) || n < range.min || n > range.max
    ? `Give a whole number of minutes from ${range.min} to ${range.max}.`
    : null;
}
