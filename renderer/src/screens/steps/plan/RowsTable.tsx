// An editable table of plan rows (actions, assessments, outcomes): add, remove, and move up or down by keyboard.
// Focus stays on the moved row (the same control) and each change is announced. Alt+Up and Alt+Down move the row
// the focus is in. Rule source: actions table: add, remove, reorder by keyboard; keyboard-only.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { Path } from '../../../../../shared/domain/edits';
import type { ItemId } from '../../../../../shared/domain/ids';
import { DateInput } from '../../../components/DateInput';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';
import { PlainTextField } from '../decision/PlainTextField';

export type RowColumn<T> = {
  key: keyof T & string;
  header: string;
  /** One line, two lines (a textarea), or an en-GB date. */
  kind: 'text' | 'long' | 'date';
  /** Id of a <datalist> with suggestions for a text column. */
  list?: string;
};

type Props<T extends { id: ItemId }> = {
  caption: string;
  path: Path;
  /** The whole list as stored; `include` picks the rows this table shows (outcomes split by term). */
  rows: readonly T[];
  include?: (row: T) => boolean;
  columns: readonly RowColumn<T>[];
  /** "Action", "Assessment", "Short-term outcome". */
  itemName: string;
  addLabel: string;
  makeRow: () => T;
  /** Distinguishes the add button when two tables edit the same list (short- and long-term outcomes). */
  addKey?: string;
};

export function RowsTable<T extends { id: ItemId }>(props: Props<T>) {
  const { caption, path, rows, include, columns, itemName, addLabel, makeRow } = props;
  const addId = fieldIdFor([...path, props.addKey ?? 'add']);
  const apply = useConference((s) => s.apply);
  const [said, setSaid] = useState('');
  const focusNext = useRef<string | null>(null);
  const shown = rows
    .map((row, index) => ({ row, index }))
    .filter((x) => !include || include(x.row));
  const rowId = (index: number) => fieldIdFor([...path, index]);
  const order = shown.map((x) => x.row.id).join(',');

  useEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
  }, [order]);

  const add = () => {
    const at = rows.length;
    const first = columns[0];
    focusNext.current = first ? fieldIdFor([...path, at, first.key]) : null;
    if (!apply({ type: 'insert', path, value: makeRow() })) {
      setSaid(`${itemName} ${shown.length + 1} added.`);
    }
  };
  const remove = (pos: number) => {
    const { index } = shown[pos]!;
    const after = shown[pos + 1] ?? shown[pos - 1];
    // Indexes after the removed row shift down by one.
    focusNext.current = after
      ? `${rowId(after.index > index ? after.index - 1 : after.index)}-remove`
      : addId;
    if (!apply({ type: 'remove', path, index })) {
      setSaid(`${itemName} ${pos + 1} removed. ${shown.length - 1} left.`);
    }
  };
  /** Moves the row at `pos` by `by` places, keeping focus on the control whose id ends in `suffix`. */
  const move = (pos: number, by: -1 | 1, suffix: string) => {
    const from = shown[pos];
    const to = shown[pos + by];
    if (!from) {
      return;
    }
    if (!to) {
      setSaid(`${itemName} ${pos + 1} is already ${by < 0 ? 'first' : 'last'}.`);
      return;
    }
    focusNext.current = `${rowId(to.index)}-${suffix}`;
    // Leaving the field first saves what is being typed in it (a date is read on blur).
    (document.activeElement as HTMLElement | null)?.blur();
    if (!apply({ type: 'move', path, from: from.index, to: to.index })) {
      setSaid(
        `${itemName} moved ${by < 0 ? 'up' : 'down'} to position ${pos + 1 + by} of ${shown.length}.`,
      );
    }
  };
  const onRowKey = (pos: number, index: number) => (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) {
      return;
    }
    const target = e.target as HTMLElement;
    const prefix = `${rowId(index)}-`;
    if (target.id.startsWith(prefix)) {
      e.preventDefault();
      move(pos, e.key === 'ArrowUp' ? -1 : 1, target.id.slice(prefix.length));
    }
  };

  return (
    <div className="rows-table">
      <div className="table-scroll">
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-number">
                <span className="visually-hidden">Number</span>
              </th>
              {columns.map((col) => (
                <th scope="col" key={col.key} className={`col-${col.kind}`}>
                  {col.header}
                  {col.kind === 'date' ? (
                    <span className="cell-note">For example 5/1/2026</span>
                  ) : null}
                </th>
              ))}
              <th scope="col" className="col-tools">
                Move or remove
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={columns.length + 2}>None yet.</td>
              </tr>
            ) : null}
            {shown.map(({ row, index }, pos) => {
              const label = `${itemName} ${pos + 1}`;
              return (
                <tr key={row.id} onKeyDown={onRowKey(pos, index)}>
                  <th scope="row">{pos + 1}</th>
                  {columns.map((col) => {
                    const value = row[col.key] as unknown;
                    const p = [...path, index, col.key];
                    return (
                      <td key={col.key}>
                        {col.kind === 'date' ? (
                          <DateInput
                            label={`${label}: ${col.header.toLowerCase()}`}
                            path={p}
                            value={typeof value === 'string' ? value : undefined}
                          />
                        ) : (
                          <PlainTextField
                            label={`${label}: ${col.header.toLowerCase()}`}
                            path={p}
                            value={typeof value === 'string' ? value : ''}
                            hideLabel
                            {...(col.kind === 'long' ? { rows: 2, noButtons: true } : {})}
                            historyKey={`${row.id}|${col.key}`}
                            {...(col.list ? { list: col.list } : {})}
                          />
                        )}
                      </td>
                    );
                  })}
                  <td className="row-tools">
                    {(['up', 'down'] as const).map((dir) => (
                      <button
                        key={dir}
                        type="button"
                        id={`${rowId(index)}-${dir}`}
                        className="button button--secondary button--small"
                        aria-disabled={
                          (dir === 'up' ? pos === 0 : pos === shown.length - 1) || undefined
                        }
                        aria-label={`Move ${label.toLowerCase()} ${dir}`}
                        onClick={() => move(pos, dir === 'up' ? -1 : 1, dir)}
                      >
                        {dir === 'up' ? 'Up' : 'Down'}
                      </button>
                    ))}
                    <button
                      type="button"
                      id={`${rowId(index)}-remove`}
                      className="button button--secondary button--small"
                      aria-label={`Remove ${label.toLowerCase()}`}
                      onClick={() => remove(pos)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" id={addId} className="button button--secondary" onClick={add}>
        {addLabel}
      </button>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
