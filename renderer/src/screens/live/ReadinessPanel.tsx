// "Ready for sign-off": every blocker and warning from the 15 domain rules, each a link that opens the step
// holding the field and focuses it; when nothing blocks, the chair can mark the record awaiting sign-off.
// Rule source: live validation panel; docs/domain.md §9.2 (the rules).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';

import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import type { Conference } from '../../../../shared/domain/conference';
import { plural } from '../../../../shared/domain/format-en-gb';
import { stepForPath } from '../../../../shared/domain/step-for-path';
import { STEPS } from '../../../../shared/domain/steps';
import { validateConference } from '../../../../shared/domain/validation';
import type { Finding } from '../../../../shared/domain/validation';
import type { AppError } from '../../../../shared/ipc/result';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useConference } from '../../state/conference-store';
import { routeHash } from '../../state/route';
import { useSettledValue } from '../../state/use-settled';

import { focusFieldWhenShown } from './focus-request';
import { todayIso } from './live-route';

type Props = { c: Conference; headingLevel?: 2 | 3 };

/** The rules' findings for a conference today, blockers first. */
function check(c: Conference): { blockers: Finding[]; warnings: Finding[] } {
  const findings = validateConference(c, ENGLAND_DEFAULTS, todayIso());
  return {
    blockers: findings.filter((f) => f.severity === 'blocks-sign-off'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
}

export function ReadinessPanel({ c: live, headingLevel = 2 }: Props) {
  // The rules run once typing pauses, never on each keystroke.
  const c = useSettledValue(live);
  const status = useConference((s) => s.status);
  const setStatus = useConference((s) => s.setStatus);
  const [error, setError] = useState<AppError | null>(null);
  const titleId = useId();
  const { blockers, warnings } = useMemo(() => check(c), [c]);
  // After a status move the button pressed is gone: focus goes to what replaced it (keyboard users stay put).
  const moved = useRef(false);
  const markButton = useRef<HTMLButtonElement>(null);
  const awaitingNote = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (moved.current) {
      moved.current = false;
      (status === 'awaiting-sign-off' ? awaitingNote : markButton).current?.focus();
    }
  }, [status]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';

  const where = (f: Finding): { hash: string; screen: string; label: string } => {
    const screen = stepForPath(f.path);
    if (screen === 'setup') {
      return { hash: routeHash({ screen: 'setup', id: c.id }), screen, label: 'Set-up' };
    }
    const step = STEPS.find((s) => s.id === screen);
    return {
      hash: routeHash({ screen: 'live', id: c.id, step: screen }),
      screen,
      label: step ? step.title(c) : screen,
    };
  };

  const open = (f: Finding) => (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const w = where(f);
    focusFieldWhenShown(w.screen, f.path);
    if (window.location.hash !== w.hash) {
      window.location.hash = w.hash;
    }
  };

  const list = (items: Finding[], kind: string) => (
    <ul className={`findings findings--${kind}`}>
      {items.map((f, i) => {
        const w = where(f);
        return (
          <li key={`${f.ruleId}-${f.path}-${i}`}>
            <a href={w.hash} onClick={open(f)}>
              {f.message}
            </a>{' '}
            <span className="hint">({w.label})</span>
          </li>
        );
      })}
    </ul>
  );

  const move = async (to: 'in-conference' | 'awaiting-sign-off') => {
    // The list may be a pause behind the record: check what is on screen now before moving on.
    const now = useConference.getState().conference;
    if (to === 'awaiting-sign-off' && now && check(now).blockers.length > 0) {
      setError({
        code: 'BAD_INPUT',
        message: 'Something now blocks sign-off: see the list below.',
      });
      return;
    }
    // Set before the move: the store changes the status (and this panel re-renders) before setStatus returns.
    moved.current = true;
    const failed = await setStatus(to);
    if (failed) {
      moved.current = false;
    }
    setError(failed);
  };

  return (
    <section className="readiness" aria-labelledby={titleId}>
      <Heading id={titleId}>Ready for sign-off?</Heading>
      <p className={blockers.length === 0 ? 'readiness__ok' : 'readiness__blocked'}>
        {blockers.length === 0
          ? 'Nothing blocks sign-off.'
          : `${plural(blockers.length, 'thing blocks', 'things block')} sign-off.`}{' '}
        {warnings.length === 0 ? 'No warnings.' : `${plural(warnings.length, 'warning')}.`}
      </p>
      {error ? <ErrorSummary error={error} title="The status was not changed" /> : null}
      {blockers.length > 0 ? (
        <>
          <Sub>Blocks sign-off</Sub>
          {list(blockers, 'blocker')}
        </>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <Sub>Warnings</Sub>
          {list(warnings, 'warning')}
        </>
      ) : null}
      {status === 'in-conference' && blockers.length === 0 ? (
        <button
          type="button"
          className="button"
          ref={markButton}
          onClick={() => void move('awaiting-sign-off')}
        >
          Mark as ready for sign-off
        </button>
      ) : null}
      {status === 'awaiting-sign-off' ? (
        <p ref={awaitingNote} tabIndex={-1}>
          This record is awaiting sign-off.{' '}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void move('in-conference')}
          >
            Reopen the conference
          </button>
        </p>
      ) : null}
    </section>
  );
}
