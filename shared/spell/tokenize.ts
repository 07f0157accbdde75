// Splits free text into the words a spell-checker should look at, with their places in the text, so a field can mark
// them. Numbers, dates, times, references with digits (s47, 12th), single-letter initials, web addresses and email
// addresses are never words to check. Apostrophes inside a word stay ("child's", "don't"); hyphenated words are
// checked part by part ("well-being" → "well", "being"). Pure: no dictionary here (docs/architecture.md §3.3).

/** One word to check: its text (curly apostrophes made straight) and where it sits in the original text. */
export type SpellToken = {
  word: string;
  start: number;
  end: number;
};

// Web addresses (with a scheme or starting www.) and email addresses: masked before words are found.
const SKIP_SPANS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
// A run of letters, digits, apostrophes and hyphens; split further below.
const RUNS = /[\p{L}\p{M}\p{N}'’-]+/gu;
const APOSTROPHES = /^['’]+|['’]+$/gu;

/** The words of `text` a spell-checker should check, in order. */
export function tokenize(text: string): SpellToken[] {
  const masked = text.replace(SKIP_SPANS, (m) => ' '.repeat(m.length));
  const tokens: SpellToken[] = [];
  for (const run of masked.matchAll(RUNS)) {
    const runStart = run.index;
    // Anything with a digit is a number, date, time or reference (s47, 12th, 2026-01-05): never a word to check.
    if (/\p{N}/u.test(run[0])) {
      continue;
    }
    let offset = 0;
    for (const part of run[0].split('-')) {
      pushPart(tokens, part, runStart + offset);
      offset += part.length + 1;
    }
  }
  return tokens;
}

function pushPart(tokens: SpellToken[], part: string, partStart: number): void {
  const lead = /^['’]*/u.exec(part)![0].length;
  const core = part.replace(APOSTROPHES, '');
  // Single letters are initials ("J. Smith") or words like "a" and "I": nothing to check.
  if ([...core].length < 2) {
    return;
  }
  tokens.push({
    word: core.replace(/’/gu, "'"),
    start: partStart + lead,
    end: partStart + lead + core.length,
  });
}
