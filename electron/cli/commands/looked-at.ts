// `--looked-at NAMES` for `icpc sign`: the chair names every document they looked at before signing, as the sign-off
// screen asks them to tick each one (docs/reliability.md §2.5; electron/services/signoff/draft-preview.ts). Missing,
// unknown or left-out names are refused with the full list of names, and nothing is signed.
import { AppFailure } from '../../../shared/ipc/result';

/** The names given, split on commas and trimmed, empty parts dropped. */
export function parseLookedAt(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];
}

/**
 * The names given when they cover every document to be signed and name nothing else; otherwise BAD_INPUT saying
 * what is missing or unknown, every document's name, and how to render the drafts to look at.
 */
export function requireLookedAt(
  value: unknown,
  stems: readonly string[],
  renderHint: string,
): string[] {
  const given = parseLookedAt(value);
  const known = new Set(stems);
  const unknown = given.filter((g) => !known.has(g));
  const seen = new Set(given);
  const missing = stems.filter((s) => !seen.has(s));
  if (given.length > 0 && unknown.length === 0 && missing.length === 0) {
    return given;
  }
  const why =
    given.length === 0
      ? 'Look at every document before signing, then name each one with --looked-at.'
      : [
          missing.length > 0 ? `Not looked at: ${missing.join(', ')}.` : '',
          unknown.length > 0 ? `Not documents of this record: ${unknown.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' ');
  throw new AppFailure(
    'BAD_INPUT',
    `${why} Render the unsigned drafts with \`${renderHint}\` and look at each. The documents are: ${stems.join(', ')}. Nothing was signed.`,
  );
}
