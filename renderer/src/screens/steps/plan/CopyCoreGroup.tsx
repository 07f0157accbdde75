// Core group step, one child: a sibling's core group added in one click ("Copy Mia Example's core group"), for
// each sibling whose group has someone this child's lacks (shared/domain/copy-core-group.ts).
import { useState } from 'react';

import type { Conference } from '../../../../../shared/domain/conference';
import { missingFrom, withCoreGroupOf } from '../../../../../shared/domain/copy-core-group';
import type { OutlinePlan } from '../../../../../shared/domain/outline-plan';
import { useConference } from '../../../state/conference-store';

type Props = { c: Conference; childIndex: number; plan: OutlinePlan };

export function CopyCoreGroup({ c, childIndex, plan }: Props) {
  const apply = useConference((s) => s.apply);
  const [said, setSaid] = useState('');
  const name = c.children[childIndex]?.details.name ?? '';
  const siblings = c.children
    .map((child, index) => ({ child, index }))
    .filter(
      ({ child, index }) =>
        index !== childIndex &&
        child.plan !== undefined &&
        missingFrom(plan.coreGroup, child.plan.coreGroup).length > 0,
    );
  if (siblings.length === 0 && said === '') {
    return null;
  }
  const hintId = `copy-core-${c.children[childIndex]?.details.id ?? childIndex}`;
  return (
    <div className="copy-plan">
      {siblings.length > 0 ? (
        <p className="hint" id={hintId}>
          Adds everyone in that child&rsquo;s core group to {name}&rsquo;s; nobody is taken out.
        </p>
      ) : null}
      {siblings.map(({ child }) => (
        <button
          key={child.details.id}
          type="button"
          className="button button--secondary"
          aria-describedby={hintId}
          onClick={() => {
            const from = child.plan?.coreGroup ?? [];
            const added = missingFrom(plan.coreGroup, from).length;
            const failed = apply({
              type: 'set',
              path: ['children', childIndex, 'plan', 'coreGroup'],
              value: withCoreGroupOf(plan.coreGroup, from),
            });
            setSaid(
              failed
                ? failed.message
                : `${added === 1 ? '1 person' : `${added} people`} from ${child.details.name}'s core group added to ${name}'s.`,
            );
          }}
        >
          Copy {child.details.name}&rsquo;s core group
        </button>
      ))}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
