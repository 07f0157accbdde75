// Set-up of one conference: details and due date, children, household, professionals; then live mode.
// Every change saves through the conference store (SaveStatus shows when).
import { useEffect } from 'react';

import type { ConferenceId } from '../../../shared/domain/ids';
import { ErrorSummary } from '../components/ErrorSummary';
import { PeopleManager } from '../components/people/PeopleManager';
import { SaveStatus } from '../components/SaveStatus';
import { useConference } from '../state/conference-store';
import { navigate, routeHash } from '../state/route';

import { ReviewDecision } from './list/ReviewDecision';
import { ChildrenSection } from './setup/ChildrenSection';
import { DetailsSection } from './setup/DetailsSection';
import { PeopleSection } from './setup/PeopleSection';
import { StartConference } from './setup/StartConference';
import { AttendanceStep } from './steps/AttendanceStep';
import '../styles/conference.css';
import { useTypingRoom } from '../components/use-typing-room';

export function SetupScreen({ id }: { id: string }) {
  useTypingRoom();
  const conference = useConference((s) => (s.id === id ? s.conference : null));
  const loadError = useConference((s) => s.loadError);
  const signed = useConference((s) => s.id === id && s.status === 'signed');
  const load = useConference((s) => s.load);

  useEffect(() => {
    void load(id as ConferenceId);
  }, [id, load]);

  if (loadError) {
    return <ErrorSummary error={loadError} />;
  }
  if (!conference) {
    return <p role="status">Opening the conference…</p>;
  }
  return (
    <section aria-labelledby="setup-title" className="panel" data-screen="setup">
      <div className="toolbar">
        <button type="button" className="link-button" onClick={() => navigate({ screen: 'home' })}>
          Back to conferences
        </button>
        <SaveStatus />
      </div>
      <h1 id="setup-title" tabIndex={-1}>
        Set up the conference
      </h1>
      {signed ? (
        <p className="signed-notice" role="status">
          This record is signed, so its set-up cannot be changed here.{' '}
          <a href={routeHash({ screen: 'signoff', id })}>See its documents and versions</a>, where
          you can amend it.
        </p>
      ) : (
        <StartConference c={conference} />
      )}
      {/* A disabled fieldset makes every control inside read-only for a signed record. */}
      <fieldset className="readonly-fieldset" disabled={signed}>
        <legend className="visually-hidden">
          {signed ? 'Set-up (read-only: the record is signed)' : 'Set-up'}
        </legend>
        <DetailsSection c={conference} />
        <ChildrenSection c={conference} />
        {conference.type === 'review' ? <ReviewDecision c={conference} /> : null}
        <PeopleSection c={conference} />
        <section className="setup-section" aria-labelledby="change-people-title">
          <h2 id="change-people-title">Change or remove someone</h2>
          <PeopleManager c={conference} idPrefix="setup-people" />
        </section>
        <section className="setup-section" aria-labelledby="attendance-title">
          <h2 id="attendance-title">Attendance</h2>
          <AttendanceStep c={conference} />
        </section>
      </fieldset>
    </section>
  );
}
