// "Saving…" / "Saved HH:MM:SS" / the save error, announced politely. Rule source: the Saved indicator.
import { useConference } from '../state/conference-store';

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** Local wall-clock time of an ISO instant, HH:MM:SS. */
function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}:${twoDigits(d.getSeconds())}`;
}

export function SaveStatus() {
  const save = useConference((s) => s.save);
  const id = useConference((s) => s.id);
  const load = useConference((s) => s.load);
  let text = '';
  if (save.kind === 'saving') {
    text = 'Saving…';
  } else if (save.kind === 'saved') {
    text = `Saved ${clockTime(save.at)}`;
  } else if (save.kind === 'failed') {
    const next = save.retrying
      ? 'Your changes are kept on screen and will be sent again.'
      : 'Your changes are kept on screen; reload the conference to continue.';
    text = `Not saved: ${save.error.message} ${next}`;
  }
  // A refusal stays in view (fixed to the foot of the window) wherever the page is scrolled; the field it concerns
  // says so too (SaveRefusal).
  return (
    <div className={`save-status save-status--${save.kind}`}>
      <p role="status" aria-live="polite">
        {text}
      </p>
      {save.kind === 'failed' && !save.retrying && id !== null ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void load(id, { discard: true })}
        >
          Reload the conference (drops the change that was not saved)
        </button>
      ) : null}
    </div>
  );
}
