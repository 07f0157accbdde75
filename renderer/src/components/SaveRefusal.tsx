// A refused save, shown beside the field whose change main refused (as well as in the Saved indicator), so the
// person sees it where they were typing rather than only at the top of the page. Rule source: docs/reliability.md
// §3.5 (a save that fails is said, never silent) and the conference store (one sender, refusals kept on screen).
import type { Path } from '../../../shared/domain/edits';
import { useConference } from '../state/conference-store';

/** True when `refused` is the field's path or lies inside it (an edit to part of a block refuses the block). */
export function refusedHere(refused: Path | null, field: Path): boolean {
  if (refused === null || refused.length < field.length) {
    return false;
  }
  return field.every((p, i) => String(p) === String(refused[i]));
}

export function SaveRefusal({ path, id }: { path: Path; id: string }) {
  const save = useConference((s) => s.save);
  if (save.kind !== 'failed' || !refusedHere(save.path, path)) {
    return null;
  }
  return (
    <p className="field-error" id={id}>
      Not saved: {save.error.message}
      {save.retrying ? ' It will be sent again.' : ''}
    </p>
  );
}
