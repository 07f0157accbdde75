// Live mode, category: for each child made subject to a plan, the categories of abuse or neglect with exactly one
// primary, and the "usually one category" warning per configuration. The professionals' category views are shown
// beside it, and a view of another category is prompted as a dissent. Rules: docs/domain.md §1.7, §2.1 (the chair decides; main presenting concern; MUL), §9.2 rules 5 and 6, §9.5.
import { useState } from 'react';

import { CATEGORIES, CATEGORY_LABELS } from '../../../../shared/domain/categories';
import type { Category } from '../../../../shared/domain/categories';
import {
  categoriesSummary,
  categoryNotice,
  toggleCategory,
  withPrimaryCategory,
} from '../../../../shared/domain/category-choice';
import { ENGLAND_DEFAULTS } from '../../../../shared/domain/config-defaults';
import type { ConferenceChild } from '../../../../shared/domain/conference';
import { OUTCOME_LABELS, isPlanOutcome } from '../../../../shared/domain/decision';
import type { ChosenCategory, Decision } from '../../../../shared/domain/decision';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

import { DissentSection } from './decision/DissentSection';
import '../../styles/decision-steps.css';

function viewsText(c: StepProps['c'], child: ConferenceChild): string {
  const counts = new Map<Category, number>();
  for (const v of c.agencyViews) {
    if (v.childId === child.details.id && v.supportsPlan) {
      v.categories.forEach((k) => counts.set(k, (counts.get(k) ?? 0) + 1));
    }
  }
  const parts = CATEGORIES.filter((k) => counts.has(k)).map(
    (k) => `${CATEGORY_LABELS[k]}: ${counts.get(k) ?? 0}`,
  );
  return parts.length === 0
    ? 'No professional has given a category view.'
    : `Professionals' category views: ${parts.join('; ')}.`;
}

export function CategoryStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  const [said, setSaid] = useState('');
  const planChildren = c.children
    .map((child, index) => ({ child, index }))
    .filter(({ child }) => child.decision !== undefined && isPlanOutcome(child.decision.outcome));

  if (planChildren.length === 0) {
    return (
      <p>
        No child has been made subject to a child protection plan, so no category is needed. A
        category is chosen only for a child protection plan.
      </p>
    );
  }
  const others = c.children.filter((ch) => !planChildren.some((x) => x.child === ch));
  const save = (child: ConferenceChild, d: Decision, categories: ChosenCategory[]) => {
    apply({ type: 'setDecision', childId: child.details.id, decision: { ...d, categories } });
    setSaid(`${child.details.name}: ${categoriesSummary(categories)}.`);
  };

  return (
    <div className="decision-steps">
      <p className="hint">
        The category tells anyone reading the record the main presenting concern. Choose one or
        more, and say which is the primary one.
      </p>
      {others.length > 0 ? (
        <p className="hint">
          No category for{' '}
          {others
            .map((ch) =>
              ch.decision
                ? `${ch.details.name} (${OUTCOME_LABELS[ch.decision.outcome].toLowerCase()})`
                : `${ch.details.name} (not decided yet)`,
            )
            .join(', ')}
          : only a child protection plan has a category.
        </p>
      ) : null}
      {planChildren.map(({ child, index }) => {
        const d = child.decision as Decision;
        const name = child.details.name;
        const path = ['children', index, 'decision', 'categories'];
        const notice = categoryNotice(d.categories, ENGLAND_DEFAULTS);
        const titleId = `category-${child.details.id}`;
        return (
          <section key={child.details.id} className="child-section" aria-labelledby={titleId}>
            <h2 id={titleId}>{name}</h2>
            <p className="hint">{viewsText(c, child)}</p>
            <fieldset>
              <legend>Categories of abuse or neglect for {name}</legend>
              {CATEGORIES.map((k) => {
                const id = fieldIdFor([...path, k]);
                return (
                  <div className="choice" key={k}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={d.categories.some((x) => x.category === k)}
                      onChange={(e) =>
                        save(child, d, toggleCategory(d.categories, k, e.target.checked))
                      }
                    />
                    <label htmlFor={id}>{CATEGORY_LABELS[k]}</label>
                  </div>
                );
              })}
            </fieldset>
            {d.categories.length > 1 ? (
              <fieldset>
                <legend>Primary category for {name}</legend>
                {d.categories.map((x) => {
                  const id = fieldIdFor([...path, 'primary', x.category]);
                  return (
                    <div className="choice" key={x.category}>
                      <input
                        type="radio"
                        id={id}
                        name={fieldIdFor([...path, 'primary'])}
                        checked={x.primary}
                        onChange={() =>
                          save(child, d, withPrimaryCategory(d.categories, x.category))
                        }
                      />
                      <label htmlFor={id}>{CATEGORY_LABELS[x.category]}</label>
                    </div>
                  );
                })}
              </fieldset>
            ) : null}
            {notice ? (
              <div
                className={`notice ${notice.severity === 'warning' ? 'notice--warning' : 'notice--block'}`}
              >
                <p>
                  <strong>
                    {notice.severity === 'warning' ? 'Warning: ' : 'Needed before sign-off: '}
                  </strong>
                  {notice.message}
                </p>
              </div>
            ) : (
              <p className="decided">Category: {categoriesSummary(d.categories)}</p>
            )}
            {/* A professional who sees another category is prompted here too, as on the agency views step. */}
            <DissentSection c={c} childIndex={index} />
          </section>
        );
      })}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
