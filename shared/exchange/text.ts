// Names on cards and file names in bundles may hold no control character (tab and newline included) and no Unicode
// bidirectional override or isolate. The classes live in shared/text/char-classes.ts.
import { CONTROL_OR_BIDI } from '../text/char-classes';

/** True when `s` holds a control character or a bidirectional override or isolate. */
export function hasControlOrBidi(s: string): boolean {
  return CONTROL_OR_BIDI.test(s);
}
