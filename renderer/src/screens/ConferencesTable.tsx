// The conferences home table (TanStack Table v9): children, type, date, status, due date; sortable and filterable.
// Rule source: dates in en-GB (format-en-gb.ts).
import {
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  columnFilteringFeature,
  filterFn_includesString,
  globalFilteringFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useId, useState } from 'react';

import { formatDate } from '../../../shared/domain/format-en-gb';
import type { ConferenceSummary } from '../../../shared/ipc/contracts/conference';
import { navigate } from '../state/route';

import { STATUS_LABELS, TYPE_LABELS } from './conference-labels';

/** One row, with every column as display text plus the ISO dates for sorting. */
type Row = {
  id: string;
  children: string;
  type: string;
  date: string;
  status: string;
  due: string;
};

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
  filterFns: { includesString: filterFn_includesString },
});

const helper = createColumnHelper<typeof features, Row>();

const columns = helper.columns([
  helper.accessor('children', {
    header: 'Children',
    cell: (info) => (
      <button
        type="button"
        className="link-button"
        onClick={() => navigate({ screen: 'open', id: info.row.original.id })}
      >
        {info.getValue() || 'No children added yet'}
      </button>
    ),
  }),
  helper.accessor('type', { header: 'Type' }),
  helper.accessor('date', {
    header: 'Date',
    cell: (info) => formatDate(info.getValue()),
  }),
  helper.accessor('status', { header: 'Status' }),
  helper.accessor('due', {
    header: 'Due by',
    cell: (info) => (info.getValue() ? formatDate(info.getValue()) : 'Not known yet'),
  }),
]);

function toRow(s: ConferenceSummary): Row {
  return {
    id: s.id,
    children: s.childrenNames.join(', '),
    type: TYPE_LABELS[s.type],
    date: s.date,
    status: STATUS_LABELS[s.status],
    due: s.dueDate ?? '',
  };
}

const SORT_TEXT = { asc: 'ascending', desc: 'descending' } as const;

export function ConferencesTable({ conferences }: { conferences: ConferenceSummary[] }) {
  const filterId = useId();
  const [data] = useState(() => conferences.map(toRow));
  const table = useTable({
    features,
    columns,
    data,
    globalFilterFn: 'includesString',
  });
  const filter = String(table.state.globalFilter ?? '');
  const rows = table.getRowModel().rows;

  return (
    <>
      <div className="field">
        <label htmlFor={filterId}>Filter conferences</label>
        <p className="hint" id={`${filterId}-hint`}>
          Type part of a child&apos;s name, a type, a status or a date.
        </p>
        <input
          id={filterId}
          type="search"
          aria-describedby={`${filterId}-hint`}
          value={filter}
          onChange={(e) => table.setGlobalFilter(e.target.value)}
        />
      </div>
      <p role="status" aria-live="polite" className="hint">
        Showing {rows.length} of {data.length} conferences
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Conferences</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? SORT_TEXT[sorted] : 'none'}>
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
