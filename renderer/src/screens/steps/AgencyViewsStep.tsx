// Live mode, agency views: for each child, every professional's view (a plan or not, categories, reason), and
// once the chair has decided, a dissent prompt for each view that differs from the decision.
// Rules: docs/domain.md §1.7 and §5.1 (a view from every professional on every child; dissent noted), §9.2 rules 4, 7.
import { participatingProfessionals } from '../../../../shared/domain/rules/decision';
import { OUTCOME_LABELS } from '../../../../shared/domain/decision';
import type { StepProps } from '../live/step-props';

import { AgencyViewRow } from './decision/AgencyViewRow';
import { DissentSection } from './decision/DissentSection';
import '../../styles/decision-steps.css';

export function AgencyViewsStep({ c }: StepProps) {
  if (c.children.length === 0) {
    return <p>Add the children in set-up first: every professional gives a view on each child.</p>;
  }
  const childIds = c.children.map((ch) => ch.details.id);
  const inRoom = new Set(participatingProfessionals(c).map((p) => p.id));
  // Those in the meeting first, then anyone who sent a written view.
  const professionals = [
    ...c.professionals.filter((p) => inRoom.has(p.id)),
    ...c.professionals.filter((p) => !inRoom.has(p.id)),
  ];
  return (
    <div className="decision-steps">
      <p className="hint" id="views-keys">
        Ask each professional for their view on each child. In the plan column, press Y for a plan
        or N for no plan. Choose the categories they see and note their reason. Outside the reason
        box, S copies the row above and A gives the same view on every child.
      </p>
      {professionals.length === 0 ? (
        <p>Add the professionals in set-up first.</p>
      ) : (
        c.children.map((child, i) => {
          const name = child.details.name;
          const titleId = `views-${child.details.id}`;
          return (
            <section key={child.details.id} className="child-section" aria-labelledby={titleId}>
              <h2 id={titleId}>{name}</h2>
              {child.decision ? (
                <p className="decided">
                  Decision: <strong>{OUTCOME_LABELS[child.decision.outcome]}</strong>
                </p>
              ) : null}
              <div className="table-scroll">
                <table className="data-table views-grid" aria-describedby="views-keys">
                  <caption className="visually-hidden">
                    Professionals&rsquo; views on {name}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Professional</th>
                      <th scope="col">Plan or no plan</th>
                      <th scope="col">Category view</th>
                      <th scope="col">Reason</th>
                    </tr>
                  </thead>
                  <tbody>
                    {professionals.map((p, row) => {
                      const before = professionals[row - 1];
                      const above = before
                        ? c.agencyViews.find(
                            (v) => v.professionalId === before.id && v.childId === child.details.id,
                          )
                        : undefined;
                      const index = c.agencyViews.findIndex(
                        (v) => v.professionalId === p.id && v.childId === child.details.id,
                      );
                      return (
                        <AgencyViewRow
                          key={p.id}
                          professional={p}
                          present={inRoom.has(p.id)}
                          childId={child.details.id}
                          childName={name}
                          view={index < 0 ? undefined : c.agencyViews[index]}
                          viewIndex={index}
                          above={above}
                          childIds={childIds}
                        />
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {child.decision ? <DissentSection c={c} childIndex={i} /> : null}
            </section>
          );
        })
      )}
    </div>
  );
}
