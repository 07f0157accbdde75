// Text that could make a name read differently on screen or in a terminal: C0 and C1 control characters and the
// Unicode bidirectional overrides and isolates. Names on cards and file names in bundles may hold none of them.

/** True when `s` holds a control character or a bidirectional override or isolate. */
export function hasControlOrBidi(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (
      c < 0x20 ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2066 && c <= 0x2069)
    ) {
      return true;
    }
  }
  return false;
}
