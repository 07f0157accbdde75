// The answer to a check: one of three classes (docs/list.md, "Checks") in the words that may be told, what may and
// may not be told, for "cannot confirm" the detail to ask for next, each record that may match with its strength
// and reasons, and the confirmation that the enquiry was recorded (its reference and time). Focused when it
// appears. Rule source: docs/domain.md §6 (an enquiry is a two-way exchange, not a referral).
import { useEffect, useRef } from 'react';

import { formatDate } from '../../../../shared/domain/format-en-gb';
import type { CheckOutput } from '../../../../shared/ipc/contracts/list';
import type { CheckMatch } from '../../../../shared/list/enquiry-schemas';
import { fromBirthText } from '../../../../shared/list/plan-start';

import { ASK_NEXT_TEXT } from '../../../../shared/list/disclosure';

import { ANSWER_LABELS, birthDateText, dateTimeText, STRENGTH_LABELS } from './list-labels';

function planText(m: CheckMatch): string {
  if (m.planStart === undefined) {
    // A plan made from birth whose baby is not yet born (docs/domain.md §5.2).
    return m.planStatus === 'active'
      ? fromBirthText(m.expectedDeliveryDate)
      : `Plan from birth ended before the birth${m.planEnd ? ` on ${formatDate(m.planEnd)}` : ''}`;
  }
  return m.planStatus === 'active'
    ? `Subject to a child protection plan since ${formatDate(m.planStart)}`
    : `Plan from ${formatDate(m.planStart)} ended${m.planEnd ? ` on ${formatDate(m.planEnd)}` : ''}`;
}

function MatchCard({ m }: { m: CheckMatch }) {
  return (
    <li className={`match match--${m.strength}`}>
      <h3>
        {m.name || 'Name not recorded'}{' '}
        <span className="tag">
          {STRENGTH_LABELS[m.strength]} ({Math.round(m.score)} out of 100)
        </span>
      </h3>
      <dl className="facts">
        <div>
          <dt>Date of birth</dt>
          <dd>{birthDateText(m)}</dd>
        </div>
        <div>
          <dt>Address</dt>
          <dd>{m.address || 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Plan</dt>
          <dd>{planText(m)}</dd>
        </div>
        <div>
          <dt>Lead social worker</dt>
          <dd>
            {m.leadSocialWorker
              ? `${m.leadSocialWorker.name}, ${m.leadSocialWorker.team}, ${m.leadSocialWorker.contact}`
              : 'Not recorded'}
          </dd>
        </div>
      </dl>
      <h4>Why this may be the child (for you, not to read out)</h4>
      <ul>
        {m.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h4>What you may tell the enquirer about this record</h4>
      <p>{m.mayTell}</p>
    </li>
  );
}

export function CheckAnswer({ out, enquirerName }: { out: CheckOutput; enquirerName: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section aria-labelledby="check-answer-title" className="check-answer">
      <div className="list-confirm" role="status">
        <p>
          Enquiry recorded: reference <strong className="enquiry-ref">{out.enquiryId}</strong>,{' '}
          {dateTimeText(out.recordedAt)}, from {enquirerName}.
        </p>
      </div>
      <div className={`check-class check-class--${out.answer.code}`}>
        <h2 id="check-answer-title" ref={ref} tabIndex={-1}>
          Answer: {ANSWER_LABELS[out.answer.code]}
        </h2>
        <p className="lead">{out.answer.headline}</p>
        {out.answer.askNext !== undefined ? (
          <p className="ask-next">
            <strong>Ask next for:</strong> {ASK_NEXT_TEXT[out.answer.askNext]}
          </p>
        ) : null}
      </div>
      <div className="due-date">
        <h3>What you may tell the enquirer</h3>
        <p>{out.answer.mayTell}</p>
        <h3>What you must not tell them</h3>
        <p>{out.answer.doNotTell}</p>
      </div>
      {out.warnings.length > 0 ? (
        <div className="list-notice">
          <h3>What could not be used</h3>
          <ul>
            {out.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2>
        {out.matches.length === 0
          ? out.unreadRecords > 0
            ? 'No record that could be read matches'
            : 'No records match'
          : `Records that may match (${out.matches.length})`}
      </h2>
      {out.matches.length > 0 ? (
        <ol className="matches">
          {out.matches.map((m) => (
            <MatchCard key={m.childId} m={m} />
          ))}
        </ol>
      ) : (
        <p>
          No record of a child with a plan here, now or in the past, comes close to what the
          enquirer gave
          {out.unreadRecords > 0 ? ', among the records that could be read' : ''}.
        </p>
      )}
    </section>
  );
}
