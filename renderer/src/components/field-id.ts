// DOM ids derived from a field's path in the conference, so a validation finding (whose path is a dotted string
// such as 'children.0.views.block.text') can move focus to its field. Rule source: each finding
// linked to its field. Every field that edits a path should use fieldIdFor(path) as its control's id.
import type { Path } from '../../../shared/domain/edits';

/** The id of the control that edits `path`: 'field-' + the segments joined by '-', e.g. 'field-children-0-views'. */
export function fieldIdFor(path: Path | string): string {
  const parts = typeof path === 'string' ? path.split('.').filter((p) => p !== '') : path;
  return `field-${parts.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

/**
 * The element to focus for a finding's path: the field with exactly that id, or else the nearest field for a
 * shorter prefix of the path (a finding on 'children.0.decision' focuses the first control inside it).
 */
export function findFieldElement(path: string, root: ParentNode = document): HTMLElement | null {
  const parts = path.split('.').filter((p) => p !== '');
  for (let n = parts.length; n > 0; n -= 1) {
    const id = fieldIdFor(parts.slice(0, n));
    const el = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (el) {
      return el;
    }
    const inside = root.querySelector<HTMLElement>(`[id^="${CSS.escape(id)}-"]`);
    if (inside) {
      return inside;
    }
  }
  return null;
}
