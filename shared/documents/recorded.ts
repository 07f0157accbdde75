// How documents print facts that may not have been recorded: an unanswered field prints "Not recorded" (or is
// left out), never a default, and no label is ever printed beside an empty value ("From ,", "()", ": ;").
// Rule source: docs/domain.md §9.4 (the documents state what the conference recorded), §4.2 (record contents).

/** The words an unanswered field prints. */
export const NOT_RECORDED = 'Not recorded';

/** The trimmed text, or "Not recorded" when it is empty or absent. */
export function recorded(text: string | undefined): string {
  const t = text?.trim() ?? '';
  return t === '' ? NOT_RECORDED : t;
}

/** "Yes", "No", or "Not recorded" when the question was never answered. */
export function yesNoRecorded(value: boolean | undefined): string {
  return value === undefined ? NOT_RECORDED : value ? 'Yes' : 'No';
}

/** The non-empty parts joined by `separator` ("Alex Invented, Independent chair"); "" when all are empty. */
export function joinPresent(parts: readonly (string | undefined)[], separator = ', '): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .join(separator);
}

/** "Main (aside)", "Main" when the aside is empty, "aside" when the main part is empty. */
export function withAside(main: string | undefined, aside: string | undefined): string {
  const m = main?.trim() ?? '';
  const a = aside?.trim() ?? '';
  if (m === '') {
    return a;
  }
  return a === '' ? m : `${m} (${a})`;
}

/** `joinPresent`, or "Not recorded" when every part is empty. */
export function recordedJoin(parts: readonly (string | undefined)[], separator = ', '): string {
  return recorded(joinPresent(parts, separator));
}
