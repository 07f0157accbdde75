// Live mode, decision: for each child separately, the significant-harm question, the outcome and the rationale,
// with dissent where a professional's view differs. Rules: docs/domain.md §1.7, §2.2, §5.1 (a separate decision for
// each child; a plan may be needed for only some), §9.2 rules 4 and 7.
import type { StepProps } from '../live/step-props';

import { ChildDecision } from './decision/ChildDecision';
import '../../styles/decision-steps.css';

export function DecisionStep({ c }: StepProps) {
  if (c.children.length === 0) {
    return <p>Add the children in set-up first: the conference decides for each child.</p>;
  }
  return (
    <div className="decision-steps">
      {c.children.length > 1 ? (
        <p className="hint">
          Decide for each child separately. Different children can have different outcomes.
        </p>
      ) : null}
      {c.children.map((child, i) => {
        const titleId = `decision-${child.details.id}`;
        return (
          <section key={child.details.id} className="child-section" aria-labelledby={titleId}>
            <h2 id={titleId}>{child.details.name}</h2>
            <ChildDecision c={c} childIndex={i} />
          </section>
        );
      })}
    </div>
  );
}
