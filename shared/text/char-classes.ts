// The one definition of the characters outside text may not carry raw (docs/reliability.md §3.4, hostile input):
// C0 controls, DEL and C1 controls, and the bidi embeddings, overrides and isolates. Used by the CLI's output and
// import checks and by the exchange schemas.

/** C0 controls other than tab (U+0009) and newline (U+000A), DEL and the C1 controls, as a regex class body. */
export const CONTROL_CLASS = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F';
/** Tab and newline, the two C0 controls free text may hold. */
export const TAB_NEWLINE_CLASS = '\\u0009\\u000A';
/** The bidi embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069), as a regex class body. */
export const BIDI_CLASS = '\\u202A-\\u202E\\u2066-\\u2069';

/** Every control character (tab and newline included) and every bidi override or isolate. */
export const CONTROL_OR_BIDI = new RegExp(
  `[${CONTROL_CLASS}${TAB_NEWLINE_CLASS}${BIDI_CLASS}]`,
  'u',
);
