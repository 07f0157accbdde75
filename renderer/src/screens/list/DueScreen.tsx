// Due-dates dashboard: core groups and review conferences due in the next 20 working days, overdue ones first,
// marked in words as well as colour. Rows come from list.query (dueWithinWorkingDays: 20); the window's last day
// uses the same working-day engine. Rules: docs/list.md; docs/domain.md §3.2, §3.3, §7 (working days).
import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import { formatDate, plural } from '../../../../shared/domain/format-en-gb';
import {
  addWorkingDays,
  workingCalendar,
  workingDaysBetween,
} from '../../../../shared/domain/working-days';
import type { ListRow } from '../../../../shared/list/schemas';
import { ErrorSummary } from '../../components/ErrorSummary';

import { listHash } from './list-route';
import { useScreenHeading } from './ListNav';
import { useListQuery } from './use-list-query';

const TITLE = 'Due in the next 20 working days';
const WINDOW = 20;
const calendar = workingCalendar(ENGLAND_DEFAULTS.localClosureDays);

type Due = { row: ListRow; date: string; overdue: boolean };

function dueList(rows: ListRow[], pick: 'core' | 'review', limit: string): Due[] {
  return rows
    .map((row) => ({
      row,
      date: (pick === 'core' ? row.nextCoreGroupDue : row.nextReviewDue) ?? '',
      overdue: pick === 'core' ? row.coreGroupOverdue : row.reviewOverdue,
    }))
    .filter((d) => d.date !== '' && (d.overdue || d.date <= limit))
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.row.name.localeCompare(b.row.name),
    );
}

function whenText(d: Due, today: string): string {
  if (d.overdue) {
    return `Overdue since ${formatDate(d.date)}`;
  }
  const n = workingDaysBetween(today, d.date, calendar);
  return n <= 0 ? 'Due today' : `Due in ${plural(n, 'working day')}`;
}

function DueTable({ items, what, today }: { items: Due[]; what: string; today: string }) {
  if (items.length === 0) {
    return <p>None due in this period.</p>;
  }
  return (
    <table className="data-table due-table">
      <caption className="visually-hidden">{what} due, earliest first</caption>
      <thead>
        <tr>
          <th scope="col">Due by</th>
          <th scope="col">Status</th>
          <th scope="col">Child</th>
          <th scope="col">Lead social worker</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.row.planId} className={d.overdue ? 'overdue-row' : undefined}>
            <td>{formatDate(d.date)}</td>
            <td>
              {d.overdue ? (
                <strong className="overdue-flag">{whenText(d, today)}</strong>
              ) : (
                whenText(d, today)
              )}
            </td>
            <td>
              <a href={listHash({ view: 'child', childId: d.row.childId })}>
                {d.row.name || 'Name not recorded'}
              </a>
            </td>
            <td>
              {d.row.leadSocialWorker
                ? `${d.row.leadSocialWorker.name}, ${d.row.leadSocialWorker.team}`
                : 'Not recorded'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DueScreen() {
  const heading = useScreenHeading(TITLE);
  const { result, error } = useListQuery({
    dueWithinWorkingDays: WINDOW,
    sort: { by: 'nextReviewDue', direction: 'asc' },
  });
  const limit = result ? addWorkingDays(result.today, WINDOW, calendar) : '';
  const reviews = result ? dueList(result.rows, 'review', limit) : [];
  const cores = result ? dueList(result.rows, 'core', limit) : [];
  const late = [...reviews, ...cores].filter((d) => d.overdue).length;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {TITLE}
      </h1>
      {error ? <ErrorSummary error={error} /> : null}
      {result ? (
        <>
          <p className="lead">
            From today, {formatDate(result.today)}, to {formatDate(limit)}. Overdue meetings are
            listed first and marked &ldquo;Overdue&rdquo;.
          </p>
          <p role="status" className="list-summary">
            {plural(reviews.length, 'review')} and {plural(cores.length, 'core group')} due;{' '}
            {late === 0 ? 'nothing overdue.' : `${late} overdue.`}
          </p>
          <h2>Review conferences</h2>
          <DueTable items={reviews} what="Review conferences" today={result.today} />
          <h2>Core groups</h2>
          <DueTable items={cores} what="Core groups" today={result.today} />
        </>
      ) : error ? null : (
        <p role="status">Loading what is due…</p>
      )}
    </>
  );
}
