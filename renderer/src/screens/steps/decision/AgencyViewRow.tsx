// One professional's view on one child, as a row of the agency views grid: a plan or not (radios; Y and N keys),
// the categories they see (when they think a plan is needed) and their reason.
// Rules: docs/domain.md §1.7 (each professional gives a view on every child), §9.1 (view, category view, rationale).
import type { KeyboardEvent } from 'react';

import { CATEGORIES, CATEGORY_LABELS } from '../../../../../shared/domain/categories';
import type { Category } from '../../../../../shared/domain/categories';
import type { ChildId } from '../../../../../shared/domain/ids';
import type { AgencyView, Professional } from '../../../../../shared/domain/professionals';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';

import { copyViews } from './copy-views';
import { PlainTextField } from './PlainTextField';

type Props = {
  professional: Professional;
  present: boolean;
  childId: ChildId;
  childName: string;
  view: AgencyView | undefined;
  viewIndex: number;
  /** The view in the row above (the professional before, same child), for "same as above". */
  above?: AgencyView | undefined;
  /** Every child of the conference, for "apply to every child". */
  childIds?: readonly ChildId[];
};

export function AgencyViewRow({
  professional: p,
  present,
  childId,
  childName,
  view,
  viewIndex,
  above,
  childIds = [],
}: Props) {
  const apply = useConference((s) => s.apply);
  const base = fieldIdFor(['agencyViews', childId, p.id]);

  const save = (patch: Partial<AgencyView>) =>
    apply({
      type: 'setAgencyView',
      view: {
        professionalId: p.id,
        childId,
        supportsPlan: view?.supportsPlan ?? false,
        categories: view?.categories ?? [],
        reason: view?.reason ?? '',
        ...patch,
      },
    });
  const choosePlan = (supportsPlan: boolean) =>
    save({ supportsPlan, ...(supportsPlan ? {} : { categories: [] }) });
  const toggle = (category: Category, on: boolean) => {
    const now = view?.categories ?? [];
    const next = on ? [...now, category] : now.filter((x) => x !== category);
    save({ categories: CATEGORIES.filter((x) => next.includes(x)) });
  };
  const copies = copyViews(view, above, childIds, p.id, childId);
  const sameAsAbove = () => {
    if (copies.fromAbove) {
      apply({ type: 'setAgencyView', view: copies.fromAbove });
    }
  };
  const everyChild = () => {
    for (const v of copies.toEveryChild) {
      apply({ type: 'setAgencyView', view: v });
    }
  };
  // S and A from any control of the row that is not a text box (a text box keeps its letters).
  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>) => {
    const t = e.target as HTMLElement;
    if (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && t.type === 'text')) {
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    const k = e.key.toLowerCase();
    if (k === 's' && copies.fromAbove) {
      e.preventDefault();
      sameAsAbove();
    } else if (k === 'a' && copies.toEveryChild.length > 0) {
      e.preventDefault();
      everyChild();
    }
  };
  // One key sets the answer from anywhere in the radio group, like the attendance register.
  const onKey = (e: KeyboardEvent) => {
    const k = e.key.toLowerCase();
    if ((k === 'y' || k === 'n') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      choosePlan(k === 'y');
      document.getElementById(`${base}-${k === 'y' ? 'yes' : 'no'}`)?.focus();
    }
  };

  const who = `${p.name}${p.agency ? `, ${p.agency}` : ''}`;
  return (
    <tr onKeyDown={onRowKey}>
      <th scope="row">
        {p.name}
        <span className="cell-note">{p.agency || p.role}</span>
        {present ? null : <span className="cell-note">Not in the meeting: written view</span>}
        <span className="row-copy">
          {copies.fromAbove ? (
            <button
              type="button"
              className="link-button"
              aria-keyshortcuts="S"
              onClick={sameAsAbove}
            >
              Same as above (S)
              <span className="visually-hidden">
                : {p.name}&rsquo;s view of {childName}
              </span>
            </button>
          ) : null}
          {copies.toEveryChild.length > 0 ? (
            <button
              type="button"
              className="link-button"
              aria-keyshortcuts="A"
              onClick={everyChild}
            >
              Apply to every child (A)
              <span className="visually-hidden">: {p.name}&rsquo;s view</span>
            </button>
          ) : null}
        </span>
      </th>
      <td>
        <fieldset className="inline-choices">
          <legend className="visually-hidden">
            {who}: should {childName} be subject to a child protection plan?
          </legend>
          {(['yes', 'no'] as const).map((answer) => {
            const id = `${base}-${answer}`;
            return (
              <div className="choice" key={answer}>
                <input
                  type="radio"
                  id={id}
                  name={base}
                  checked={view !== undefined && view.supportsPlan === (answer === 'yes')}
                  onChange={() => choosePlan(answer === 'yes')}
                  onKeyDown={onKey}
                />
                <label htmlFor={id}>{answer === 'yes' ? 'Plan' : 'No plan'}</label>
              </div>
            );
          })}
        </fieldset>
      </td>
      <td>
        {view?.supportsPlan ? (
          <fieldset className="inline-choices inline-choices--stacked">
            <legend className="visually-hidden">
              {who}: categories for {childName}
            </legend>
            {CATEGORIES.map((category) => {
              const id = `${base}-${category}`;
              return (
                <div className="choice" key={category}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={view.categories.includes(category)}
                    onChange={(e) => toggle(category, e.target.checked)}
                  />
                  <label htmlFor={id}>{CATEGORY_LABELS[category]}</label>
                </div>
              );
            })}
          </fieldset>
        ) : (
          <span className="cell-note">{view ? 'None: no plan' : 'Give the view first'}</span>
        )}
      </td>
      <td>
        {view ? (
          <PlainTextField
            label={`${who}: reason for their view on ${childName}`}
            path={['agencyViews', viewIndex, 'reason']}
            value={view.reason}
            rows={2}
            noButtons
            hideLabel
            historyKey={`view|${childId}|${p.id}`}
          />
        ) : (
          <span className="cell-note">Give the view first</span>
        )}
      </td>
    </tr>
  );
}
