// Filters, search and sort for the list of children subject to a plan. Every control is labelled; the sort
// select gives keyboard users every sort key, including date of birth, next to the column header buttons.
// Rule source: issue 7 §1 (filters: category, overdue, lead social worker; sort; search).
import { useId } from 'react';

import { CATEGORIES, CATEGORY_LABELS } from '../../../../shared/domain/categories';
import type { Category } from '../../../../shared/domain/categories';
import type { ListSelection } from '../../../../shared/ipc/contracts/list';

import type { ListSortKey } from './list-labels';

export type Overdue = NonNullable<ListSelection['overdue']>;

const OVERDUE_LABELS: Readonly<Record<Overdue | 'all', string>> = {
  all: 'Show all',
  any: 'Review or core group overdue',
  review: 'Review overdue',
  'core-group': 'Core group overdue',
  none: 'Nothing overdue',
};

export const SORT_LABELS: Readonly<Record<ListSortKey, string>> = {
  name: "Child's surname",
  dateOfBirth: 'Date of birth',
  planStart: 'Plan started',
  primaryCategory: 'Primary category',
  leadSocialWorker: 'Lead social worker',
  nextCoreGroupDue: 'Next core group due',
  nextReviewDue: 'Next review due',
};

/** The selection the filters edit; `leadSocialWorker` undefined = any worker, '' = none recorded. */
export type Filters = {
  search: string;
  categories: Category[];
  overdue: Overdue | undefined;
  leadSocialWorker: string | undefined;
  sort: { by: ListSortKey; direction: 'asc' | 'desc' };
};

type Props = {
  value: Filters;
  workers: readonly string[];
  onChange: (next: Filters) => void;
};

const ANY = '__any__';

export function ListFilters({ value, workers, onChange }: Props) {
  const id = useId();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const toggle = (c: Category, on: boolean) =>
    set({
      categories: on
        ? CATEGORIES.filter((x) => x === c || value.categories.includes(x))
        : value.categories.filter((x) => x !== c),
    });

  return (
    <div className="list-filters">
      <div className="field list-filters__search">
        <label htmlFor={`${id}-search`}>Search the list</label>
        <p className="hint" id={`${id}-search-hint`}>
          A name (spelling variants allowed), date of birth, postcode, NHS number or lead social
          worker.
        </p>
        <input
          id={`${id}-search`}
          type="search"
          aria-describedby={`${id}-search-hint`}
          value={value.search}
          onChange={(e) => set({ search: e.target.value })}
        />
      </div>
      <fieldset className="list-filters__categories">
        <legend>Category</legend>
        {CATEGORIES.map((c) => (
          <div className="choice" key={c}>
            <input
              type="checkbox"
              id={`${id}-cat-${c}`}
              checked={value.categories.includes(c)}
              onChange={(e) => toggle(c, e.target.checked)}
            />
            <label htmlFor={`${id}-cat-${c}`}>{CATEGORY_LABELS[c]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-overdue`}>Overdue</label>
        <select
          id={`${id}-overdue`}
          value={value.overdue ?? 'all'}
          onChange={(e) =>
            set({ overdue: e.target.value === 'all' ? undefined : (e.target.value as Overdue) })
          }
        >
          {Object.entries(OVERDUE_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-worker`}>Lead social worker</label>
        <select
          id={`${id}-worker`}
          value={value.leadSocialWorker ?? ANY}
          onChange={(e) =>
            set({ leadSocialWorker: e.target.value === ANY ? undefined : e.target.value })
          }
        >
          <option value={ANY}>Any lead social worker</option>
          <option value="">None recorded</option>
          {workers.map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          value={value.sort.by}
          onChange={(e) => set({ sort: { ...value.sort, by: e.target.value as ListSortKey } })}
        >
          {Object.entries(SORT_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-direction`}>Order</label>
        <select
          id={`${id}-direction`}
          value={value.sort.direction}
          onChange={(e) =>
            set({ sort: { ...value.sort, direction: e.target.value as 'asc' | 'desc' } })
          }
        >
          <option value="asc">Earliest or A first</option>
          <option value="desc">Latest or Z first</option>
        </select>
      </div>
    </div>
  );
}
