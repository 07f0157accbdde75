// The terminology guard under a text field: each piece of register-era wording, shown in its sentence with the
// current wording, a one-click replace, and "Keep this wording" with a reason (a wrong flag never blocks signing).
// Wording already kept is listed with its reason, who and when, and can be flagged again.
// Rule source: docs/domain.md §6, §9.2 rule 12.
import { useMemo } from 'react';

import { acceptanceOf, withoutAccepted } from '../../../shared/domain/accepted-terminology';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { formatDate } from '../../../shared/domain/format-en-gb';
import { findBannedTerms } from '../../../shared/domain/terminology';
import type { TermSpan } from '../../../shared/domain/terminology';
import { useConference } from '../state/conference-store';
import { useSettledValue } from '../state/use-settled';

import { KeepWording } from './KeepWording';

const CONTEXT = 40;

type Props = {
  text: string;
  fieldLabel: string;
  /** The field's dotted path in the conference ('discussion.purpose.text'), as validation findings name it. */
  path: string;
  onReplace: (span: TermSpan) => void;
};

export function TerminologyHints({ text, fieldLabel, path, onReplace }: Props) {
  // The guard scans the text once typing pauses, so a long field never slows typing.
  const deferred = useSettledValue(text);
  const all = useMemo(() => findBannedTerms(deferred, ENGLAND_DEFAULTS.jurisdiction), [deferred]);
  const accepted = useConference((s) => s.conference?.acceptedTerminology);
  const apply = useConference((s) => s.apply);
  const spans = all.filter((s) => acceptanceOf(accepted, path, s.found) === undefined);
  const kept = (accepted ?? []).filter(
    (a) => a.path === path && all.some((s) => acceptanceOf([a], path, s.found) !== undefined),
  );
  if (spans.length === 0 && kept.length === 0) {
    return null;
  }
  const flagAgain = (phrase: string) =>
    apply({
      type: 'set',
      path: ['acceptedTerminology'],
      value: withoutAccepted(accepted, path, phrase),
    });
  return (
    <div className="terminology" role="region" aria-label={`Wording to change in ${fieldLabel}`}>
      {spans.length > 0 ? (
        <p className="terminology__title">
          <strong>Use current wording.</strong> England no longer keeps a child protection register.
          If this is another register or a quotation, keep the wording and say why.
        </p>
      ) : null}
      <ul>
        {spans.map((span) => {
          const before = deferred.slice(Math.max(0, span.start - CONTEXT), span.start);
          const after = deferred.slice(span.end, span.end + CONTEXT);
          return (
            <li key={`${span.start}-${span.found}`}>
              <span className="terminology__context">
                {span.start > CONTEXT ? '…' : ''}
                {before}
                <mark>{span.found}</mark>
                {after}
                {span.end + CONTEXT < deferred.length ? '…' : ''}
              </span>
              <span className="terminology__suggestion">Say &ldquo;{span.suggestion}&rdquo;.</span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={deferred !== text}
                onClick={() => onReplace(span)}
              >
                Replace &ldquo;{span.found}&rdquo;
              </button>{' '}
              <KeepWording path={path} phrase={span.found} />
            </li>
          );
        })}
        {kept.map((a) => (
          <li key={`kept-${a.phrase}`} className="terminology__kept">
            <span>
              &ldquo;{a.phrase}&rdquo; kept by {a.by} on {formatDate(a.at.slice(0, 10))}: {a.reason}
            </span>{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => flagAgain(a.phrase)}
            >
              Flag &ldquo;{a.phrase}&rdquo; again
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
