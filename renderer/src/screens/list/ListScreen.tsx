// The list of children subject to a child protection plan: filters, search, sort, the windowed table and the
// CSV export of what is shown. Derived from conference decisions and transfer-in entries by the main side.
// Rule source: docs/list.md; docs/domain.md §6 (the list, kept by the manager whose title is configurable).
import { useState } from 'react';

import type { ListSelection } from '../../../../shared/ipc/contracts/list';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { downloadText } from './download';
import { countOf, countText } from './list-labels';
import { sortKeyOf } from './list-labels';
import { ListFilters } from './ListFilters';
import type { Filters } from './ListFilters';
import { useScreenHeading } from './ListNav';
import { ListTable } from './ListTable';
import { UnreadNotice } from './UnreadNotice';
import { useListQuery } from './use-list-query';

const TITLE = 'Children subject to a child protection plan';

/** The list.query / list.exportCsv selection for the filters. */
export function selectionOf(f: Filters): ListSelection {
  return {
    ...(f.search.trim() ? { search: f.search } : {}),
    ...(f.categories.length > 0 ? { categories: f.categories } : {}),
    ...(f.overdue ? { overdue: f.overdue } : {}),
    ...(f.leadSocialWorker !== undefined ? { leadSocialWorker: f.leadSocialWorker } : {}),
    sort: f.sort,
  };
}

export function ListScreen() {
  const heading = useScreenHeading(TITLE);
  const [filters, setFilters] = useState<Filters>({
    search: '',
    categories: [],
    overdue: undefined,
    leadSocialWorker: undefined,
    sort: { by: 'name', direction: 'asc' },
  });
  const { result, error, loading } = useListQuery(selectionOf(filters));
  const [exportError, setExportError] = useState<AppError | null>(null);
  const [exported, setExported] = useState('');

  const exportCsv = async () => {
    setExported('');
    const r = await invoke('list.exportCsv', selectionOf(filters));
    if (!r.ok) {
      setExportError(r.error);
      return;
    }
    setExportError(null);
    downloadText(r.value.filename, r.value.mediaType, r.value.text);
    const missing = r.value.unreadRecords;
    setExported(
      `Downloaded ${r.value.filename} with ${countOf(r.value.rows, 'row')}.` +
        (missing > 0
          ? ` ${countOf(missing, 'record')} could not be read and ${missing === 1 ? 'is' : 'are'} not in the file.`
          : ''),
    );
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {TITLE}
      </h1>
      {error ? <ErrorSummary error={error} /> : null}
      {exportError ? <ErrorSummary error={exportError} title="The export did not work" /> : null}
      {result ? <UnreadNotice count={result.unreadRecords} what="list" /> : null}
      <ListFilters
        value={filters}
        workers={result?.leadSocialWorkers ?? []}
        onChange={setFilters}
      />
      <div className="toolbar">
        <p role="status" aria-live="polite" className="list-summary">
          {result
            ? `Showing ${countText(result.total)} of ${countOf(result.totalActive, 'child', 'children')} subject to a plan. ${countOf(result.overdueReviews, 'review')} overdue, ${countOf(result.overdueCoreGroups, 'core group')} overdue.`
            : loading
              ? 'Loading the list…'
              : ''}
        </p>
        <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
          Export these rows as CSV
        </button>
      </div>
      <p role="status" className="hint">
        {exported}
      </p>
      {result && result.rows.length === 0 ? (
        <p>
          {result.totalActive === 0 && result.unreadRecords > 0
            ? 'No child is subject to a child protection plan in the records that could be read.'
            : result.totalActive === 0
              ? 'No child is subject to a child protection plan.'
              : 'No child on the list matches these filters.'}
        </p>
      ) : result ? (
        <ListTable
          rows={result.rows}
          caption={TITLE}
          sorting={[{ id: filters.sort.by, desc: filters.sort.direction === 'desc' }]}
          onSortingChange={(s) => {
            const first = s[0];
            const by = first ? sortKeyOf(first.id) : undefined;
            if (first && by) {
              setFilters({ ...filters, sort: { by, direction: first.desc ? 'desc' : 'asc' } });
            }
          }}
        />
      ) : null}
    </>
  );
}
