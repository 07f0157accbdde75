// The chair's private notes: never in any document, hidden in projector-safe mode.
import { memo } from 'react';

import { TextField } from '../../components/TextField';
import { useViewSettings } from '../../state/view-settings';

/** Re-renders only when the notes change, not on every keystroke elsewhere. */
export const PrivateNotes = memo(function PrivateNotes({ notes }: { notes: string }) {
  const projectorSafe = useViewSettings((s) => s.projectorSafe);
  return (
    <section className="private-notes" aria-labelledby="private-notes-title">
      <h2 id="private-notes-title">Private notes</h2>
      {projectorSafe ? (
        <p className="restricted-note">Private notes – hidden while sharing the screen.</p>
      ) : (
        <TextField
          label="Chair's private notes (never in the minutes)"
          type="textarea"
          path={['privateNotes']}
          value={notes}
        />
      )}
    </section>
  );
});
