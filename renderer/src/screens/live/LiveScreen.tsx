// Live mode: the agenda rail, the current step, previous/next, the conference clock, the Saved indicator,
// projector-safe and large-text controls, private notes and the ready-for-sign-off panel.
// Rule source: live mode; projector-safe; live validation; keyboard, large text.
import { useEffect, useRef, useState } from 'react';

import { formatDate, formatList } from '../../../../shared/domain/format-en-gb';
import type { ConferenceId } from '../../../../shared/domain/ids';
import { STEPS } from '../../../../shared/domain/steps';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveStatus } from '../../components/SaveStatus';
import { useConference } from '../../state/conference-store';
import { navigate } from '../../state/route';
import { useStepTimer } from '../../state/step-timer';
import { STATUS_LABELS } from '../conference-labels';
import { StartConference } from '../setup/StartConference';

import { ConferenceClock } from './ConferenceClock';
import { isFieldFocusPending } from './focus-request';
import { stepFromRoute, stepHash } from './live-route';
import { PeoplePanel } from './PeoplePanel';
import { PrivateNotes } from './PrivateNotes';
import { ReadinessPanel } from './ReadinessPanel';
import { STEP_COMPONENTS } from './step-registry';
import { NEXT_STEP_KEYS, PREVIOUS_STEP_KEYS, useStepKeys } from './step-keys';
import { StepRail } from './StepRail';
import { useLiveLock } from './use-live-lock';
import { ProjectorBanner, ViewControls } from './ViewControls';
import '../../styles/conference.css';
import '../../styles/live.css';
import { useTypingRoom } from '../../components/use-typing-room';

export function LiveScreen({ id, step }: { id: string; step: string | undefined }) {
  useTypingRoom();
  const conference = useConference((s) => (s.id === id ? s.conference : null));
  const status = useConference((s) => s.status);
  const loadError = useConference((s) => s.loadError);
  const load = useConference((s) => s.load);
  const flush = useConference((s) => s.flush);
  const [showChecks, setShowChecks] = useState(false);
  const [showPeople, setShowPeople] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = stepFromRoute(step);
  const enterStep = useStepTimer((s) => s.enter);
  const startedAt = useStepTimer((s) => (s.id === id ? s.times.startedAt : undefined));
  useStepKeys(id, current, flush);
  useLiveLock(conference !== null);
  const stepTitle = useConference((s) => {
    const def = STEPS.find((x) => x.id === current);
    return def && s.conference ? def.title(s.conference) : '';
  });

  useEffect(() => {
    document.title = stepTitle ? `${stepTitle} – ICPC Companion` : 'ICPC Companion';
  }, [stepTitle]);

  // Read the record from main on opening, as set-up does: main may have changed it meanwhile (a sign-off, an
  // amendment). The store sends any queued edits first, so nothing typed is lost.
  useEffect(() => {
    void load(id as ConferenceId);
  }, [id, load]);

  // A new step: send pending text, then move focus to its heading (unless a finding's field is next).
  useEffect(() => {
    flush();
    if (!isFieldFocusPending()) {
      heading.current?.focus();
    }
  }, [current, flush]);

  // Time on each step counts only while the conference is running (docs/domain.md §1).
  const running = status === 'in-conference' && conference !== null;
  useEffect(() => {
    enterStep(id, running ? current : null);
  }, [id, current, running, enterStep]);
  useEffect(() => () => enterStep(id, null), [id, enterStep]);

  if (loadError) {
    return <ErrorSummary error={loadError} />;
  }
  if (!conference) {
    return <p role="status">Opening the conference…</p>;
  }
  if (current === null) {
    return (
      <section className="panel">
        <h1>That step does not exist</h1>
        <a href={stepHash(id, 'introductions')}>Go to the first step</a>
      </section>
    );
  }

  const index = STEPS.findIndex((s) => s.id === current);
  const stepDef = STEPS[index];
  const prev = STEPS[index - 1];
  const next = STEPS[index + 1];
  const Step = STEP_COMPONENTS[current];
  const title = stepDef ? stepDef.title(conference) : current;
  const names = conference.children.map((ch) => ch.details.name);

  return (
    <div className="live">
      <div className="toolbar live__toolbar">
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ screen: 'setup', id })}
        >
          Back to set-up
        </button>
        <a href={`#/conference/${encodeURIComponent(id)}/signoff`}>Sign off and documents</a>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={showPeople}
          aria-controls="live-people"
          onClick={() => setShowPeople((v) => !v)}
        >
          People
        </button>
        <p className="live__about">
          {names.length > 0 ? formatList(names) : 'No children added'} ·{' '}
          {formatDate(conference.date)} · {STATUS_LABELS[status]}
        </p>
        {status === 'draft' ? <StartConference c={conference} /> : null}
        <ConferenceClock
          date={conference.date}
          startTime={conference.startTime}
          startedAt={startedAt}
        />
        <SaveStatus />
        <ViewControls />
      </div>
      <ProjectorBanner />
      {showPeople ? <PeoplePanel c={conference} onClose={() => setShowPeople(false)} /> : null}
      <div className="live__body">
        <div className="live__side">
          <StepRail c={conference} current={current} />
          {current === 'summary' ? null : (
            <div className="live__checks">
              <button
                type="button"
                className="button button--secondary button--small"
                aria-expanded={showChecks}
                aria-controls="rail-readiness"
                onClick={() => setShowChecks((v) => !v)}
              >
                Ready-for-sign-off checks
              </button>
              <div id="rail-readiness" hidden={!showChecks}>
                {showChecks ? <ReadinessPanel c={conference} headingLevel={2} /> : null}
              </div>
            </div>
          )}
        </div>
        <section className="live__step" data-screen={current} aria-labelledby="step-title">
          <p className="hint">
            Step {index + 1} of {STEPS.length}
          </p>
          <h1 id="step-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <Step c={conference} />
          <nav className="pager" aria-label="Previous and next step">
            {prev ? (
              <a
                className="button button--secondary"
                href={stepHash(id, prev.id)}
                aria-keyshortcuts={PREVIOUS_STEP_KEYS.aria}
              >
                Previous: {prev.title(conference)}{' '}
                <kbd className="pager__key" aria-hidden="true">
                  {PREVIOUS_STEP_KEYS.shown}
                </kbd>
              </a>
            ) : (
              <span />
            )}
            {next ? (
              <a
                className="button"
                href={stepHash(id, next.id)}
                aria-keyshortcuts={NEXT_STEP_KEYS.aria}
              >
                Next: {next.title(conference)}{' '}
                <kbd className="pager__key" aria-hidden="true">
                  {NEXT_STEP_KEYS.shown}
                </kbd>
              </a>
            ) : null}
          </nav>
          <PrivateNotes notes={conference.privateNotes} />
        </section>
      </div>
    </div>
  );
}
