// Filters, search and sort for the list of children subject to a plan. Every control is labelled; the sort
// select gives keyboard users every sort key, including date of birth, next to the column header buttons.
// Rule source: docs/list.md (filters: category, overdue, lead social worker; sort; search).
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

const DIRECTION_OPTIONS: readonly (readonly [string, string])[] = [
  ['asc', 'Earliest or A first'],
  ['desc', 'Latest or Z first'],
];

type SelectProps = {
  id: string;
  label: string;
  value: string;
  /** Value and label of each option, in order. */
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
};

function SelectField({ id, label, value, options, onChange }: SelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([k, text]) => (
          <option key={k} value={k}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <SelectField
        id={`${id}-overdue`}
        label="Overdue"
        value={value.overdue ?? 'all'}
        options={Object.entries(OVERDUE_LABELS)}
        onChange={(v) => set({ overdue: v === 'all' ? undefined : (v as Overdue) })}
      />
      <SelectField
        id={`${id}-worker`}
        label="Lead social worker"
        value={value.leadSocialWorker ?? ANY}
        options={[
          [ANY, 'Any lead social worker'],
          ['', 'None recorded'],
          ...workers.map((w): [string, string] => [w, w]),
        ]}
        onChange={(v) => set({ leadSocialWorker: v === ANY ? undefined : v })}
      />
      <SelectField
        id={`${id}-sort`}
        label="Sort by"
        value={value.sort.by}
        options={Object.entries(SORT_LABELS)}
        onChange={(v) => set({ sort: { ...value.sort, by: v as ListSortKey } })}
      />
      <SelectField
        id={`${id}-direction`}
        label="Order"
        value={value.sort.direction}
        options={DIRECTION_OPTIONS}
        onChange={(v) => set({ sort: { ...value.sort, direction: v as 'asc' | 'desc' } })}
      />
    </div>
  );
}
