// Columns of the list of children subject to a plan (TanStack Table v9). Sorting is done by list.query, so the
// table sorts manually: each sortable column's id is a list sort key. Overdue flags are words, not colour only.
// Rule source: docs/list.md; dates en-GB (format-en-gb.ts).
import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

import { CATEGORY_LABELS } from '../../../../shared/domain/categories';
import { planStartWords } from '../../../../shared/list/plan-start';
import type { ListRow } from '../../../../shared/list/schemas';

import { birthText, dateOr, overdueWhat } from './list-labels';
import { listHash } from './list-route';

export const listFeatures = tableFeatures({ rowSortingFeature });

const helper = createColumnHelper<typeof listFeatures, ListRow>();

function DueCell({ date, overdue }: { date: string | undefined; overdue: boolean }) {
  return (
    <>
      <span className="list-cell__wrap">{dateOr(date)}</span>
      {overdue ? <strong className="list-cell__wrap overdue-flag">Overdue</strong> : null}
    </>
  );
}

export const listColumns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    header: 'Child',
    cell: ({ row: { original: r } }) => (
      <>
        <a
          className="list-cell__line list-child-link"
          href={listHash({ view: 'child', childId: r.childId })}
        >
          {r.name || 'Name not recorded'}
        </a>
        <span className="list-cell__line">{birthText(r)}</span>
        <span className="list-cell__line hint">{r.address || 'Address not recorded'}</span>
      </>
    ),
  }),
  helper.accessor('planStart', {
    id: 'planStart',
    header: 'Plan started',
    cell: ({ row: { original: r } }) => (
      <>
        <span className="list-cell__wrap">{planStartWords(r)}</span>
        {r.source === 'transfer-in' ? (
          <span className="list-cell__line hint">
            Transferred in{r.originatingAuthority ? ` from ${r.originatingAuthority}` : ''}
          </span>
        ) : null}
      </>
    ),
  }),
  helper.accessor('categories', {
    id: 'primaryCategory',
    header: 'Categories',
    // One category a line, the primary (first) one marked.
    cell: ({ row: { original: r } }) =>
      r.categories.length === 0
        ? 'None recorded'
        : r.categories.map((c, i) => (
            <span key={c} className="list-cell__wrap">
              {CATEGORY_LABELS[c]}
              {i === 0 ? ' (primary)' : ''}
            </span>
          )),
  }),
  helper.accessor((r) => r.leadSocialWorker?.name ?? '', {
    id: 'leadSocialWorker',
    header: 'Lead social worker',
    cell: ({ row: { original: r } }) =>
      r.leadSocialWorker ? (
        <>
          <span className="list-cell__line">{r.leadSocialWorker.name}</span>
          <span className="list-cell__line hint">{r.leadSocialWorker.team}</span>
        </>
      ) : (
        'Not recorded'
      ),
  }),
  helper.accessor((r) => r.nextCoreGroupDue ?? '', {
    id: 'nextCoreGroupDue',
    header: 'Next core group due',
    cell: ({ row: { original: r } }) => (
      <DueCell date={r.nextCoreGroupDue} overdue={r.coreGroupOverdue} />
    ),
  }),
  helper.accessor((r) => r.nextReviewDue ?? '', {
    id: 'nextReviewDue',
    header: 'Next review due',
    cell: ({ row: { original: r } }) => (
      <DueCell date={r.nextReviewDue} overdue={r.reviewOverdue} />
    ),
  }),
  helper.display({
    id: 'overdue',
    header: 'Overdue',
    enableSorting: false,
    cell: ({ row: { original: r } }) => {
      // The column header says "Overdue", so the cell names what: "Review", "Core group", or both.
      const what = overdueWhat(r);
      return what ? <strong className="overdue-flag">{what}</strong> : 'None';
    },
  }),
]);
