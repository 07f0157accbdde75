// The terminology guard under a text field: each piece of register-era wording, shown in its sentence with the
// current wording and a one-click replace. Rule source: domain.md §6, §9.2 rule 12; issue 5 §8.
import { useMemo } from 'react';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config';
import { findBannedTerms } from '../../../shared/domain/terminology';
import type { TermSpan } from '../../../shared/domain/terminology';
import { useSettledValue } from '../state/use-settled';

const CONTEXT = 40;

type Props = { text: string; fieldLabel: string; onReplace: (span: TermSpan) => void };

export function TerminologyHints({ text, fieldLabel, onReplace }: Props) {
  // The guard scans the text once typing pauses, so a long field never slows typing.
  const deferred = useSettledValue(text);
  const spans = useMemo(() => findBannedTerms(deferred, ENGLAND_DEFAULTS.jurisdiction), [deferred]);
  if (spans.length === 0) {
    return null;
  }
  return (
    <div className="terminology" role="region" aria-label={`Wording to change in ${fieldLabel}`}>
      <p className="terminology__title">
        <strong>Use current wording.</strong> England no longer keeps a child protection register.
      </p>
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
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
