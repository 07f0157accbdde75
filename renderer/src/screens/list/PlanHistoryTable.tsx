// Every plan of one child, oldest first: where it came from, start and end (with why it ended), categories at the
// start and now, and each conference that made, reviewed or ended it. Rule source: docs/list.md (plan history).
import { OUTCOME_LABELS } from '../../../../shared/domain/decision';
import { formatDate } from '../../../../shared/domain/format-en-gb';
import { planStartWords } from '../../../../shared/list/plan-start';
import type { PlanHistory } from '../../../../shared/list/schemas';
import { routeHash } from '../../state/route';
import { TYPE_LABELS } from '../conference-labels';

import { categoriesText, END_REASON_LABELS } from './list-labels';

export function PlanHistoryTable({
  plans,
  expectedDeliveryDate,
}: {
  plans: PlanHistory[];
  /** The baby's expected delivery date, for a plan from birth not yet started. */
  expectedDeliveryDate?: string | undefined;
}) {
  if (plans.length === 0) {
    return <p>This child has no plan recorded here.</p>;
  }
  return (
    <table className="data-table history-table">
      <caption className="visually-hidden">Plan history, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Plan</th>
          <th scope="col">Started</th>
          <th scope="col">Ended</th>
          <th scope="col">Categories</th>
          <th scope="col">Conferences</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p, i) => (
          <tr key={p.planId}>
            <th scope="row">
              Plan {i + 1}
              <br />
              <span className="hint">
                {p.status === 'active' ? 'Active now' : 'Ended'}
                {p.source === 'transfer-in'
                  ? `; made by ${p.originatingAuthority ?? 'another authority'}`
                  : ''}
              </span>
            </th>
            <td>
              {planStartWords({
                planStart: p.startDate,
                startsAtBirth: p.startsAtBirth,
                expectedDeliveryDate,
              })}
            </td>
            <td>
              {p.endDate ? formatDate(p.endDate) : 'Not ended'}
              {p.endReason ? (
                <>
                  <br />
                  <span className="hint">{END_REASON_LABELS[p.endReason]}</span>
                </>
              ) : null}
            </td>
            <td>
              At the start: {categoriesText(p.initialCategories)}
              <br />
              Latest: {categoriesText(p.latestCategories)}
            </td>
            <td>
              {p.conferences.length === 0 ? (
                'None here yet'
              ) : (
                <ul className="plain-list">
                  {p.conferences.map((c) => (
                    <li key={c.conferenceId}>
                      <a href={routeHash({ screen: 'open', id: c.conferenceId })}>
                        {TYPE_LABELS[c.type]} conference, {formatDate(c.date)}
                      </a>
                      : {OUTCOME_LABELS[c.outcome]}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
