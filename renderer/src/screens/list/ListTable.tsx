// The list of children subject to a plan as a windowed table: every row is in the table model, only those in view
// are in the DOM; aria-rowcount and aria-rowindex tell assistive technology where each rendered row sits.
// Sorting is manual (list.query sorts); header buttons sort by keyboard or pointer. Rule source: docs/list.md.
import { useTable } from '@tanstack/react-table';
import type { SortingState, Updater } from '@tanstack/react-table';

import type { ListRow } from '../../../../shared/list/schemas';

import { listColumns, listFeatures } from './list-columns';
import { useWindow } from './use-window';

/** Row height in rem: three lines of text and the cell padding (list.css uses the same figure). */
export const LIST_ROW_REM = 5;

const SORT_TEXT = { asc: 'ascending', desc: 'descending' } as const;

type Props = {
  rows: ListRow[];
  caption: string;
  sorting: SortingState;
  onSortingChange: (next: SortingState) => void;
};

export function ListTable({ rows, caption, sorting, onSortingChange }: Props) {
  const table = useTable({
    features: listFeatures,
    columns: listColumns,
    data: rows,
    getRowId: (r) => r.planId,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (u: Updater<SortingState>) =>
      onSortingChange(typeof u === 'function' ? u(sorting) : u),
  });
  const model = table.getRowModel().rows;
  const { ref, onScroll, range } = useWindow(model.length, LIST_ROW_REM);
  const columnCount = listColumns.length;

  return (
    <div
      className="list-scroll"
      ref={ref}
      onScroll={onScroll}
      role="region"
      aria-label={`${caption} (scrolls)`}
    >
      <table className="data-table list-table" aria-rowcount={model.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const sortable = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sortable ? (sorted ? SORT_TEXT[sorted] : 'none') : undefined}
                  >
                    {sortable ? (
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
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {range.before > 0 ? (
            <tr aria-hidden="true" className="list-spacer">
              <td colSpan={columnCount} style={{ height: range.before }} />
            </tr>
          ) : null}
          {model.slice(range.first, range.last).map((row, i) => (
            <tr key={row.id} aria-rowindex={range.first + i + 2} style={{ height: range.rowPx }}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <div className="list-cell">
                    <table.FlexRender cell={cell} />
                  </div>
                </td>
              ))}
            </tr>
          ))}
          {range.after > 0 ? (
            <tr aria-hidden="true" className="list-spacer">
              <td colSpan={columnCount} style={{ height: range.after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
