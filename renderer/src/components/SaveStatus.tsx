// "Saving…" / "Saved HH:MM:SS" / the save error, announced politely. Rule source: issue 5 §9 (the Saved indicator).
import { useConference } from '../state/conference-store';

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** Local wall-clock time of an ISO instant, HH:MM:SS. */
function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}:${twoDigits(d.getSeconds())}`;
}

export function SaveStatus() {
  const save = useConference((s) => s.save);
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
  return (
    <p className={`save-status save-status--${save.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
