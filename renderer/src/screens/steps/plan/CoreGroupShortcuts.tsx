// Core group step, one child: one click to add the parents and carers, or a sibling's core group ("Copy Mia
// Example's core group"), each offered while it would add someone (shared/domain/copy-core-group.ts).
import { useState } from 'react';

import type { Conference } from '../../../../../shared/domain/conference';
import {
  missingFrom,
  parentsAndCarers,
  withCoreGroupOf,
} from '../../../../../shared/domain/copy-core-group';
import type { CoreGroupMember } from '../../../../../shared/domain/outline-plan';
import type { OutlinePlan } from '../../../../../shared/domain/outline-plan';
import { useConference } from '../../../state/conference-store';

type Props = { c: Conference; childIndex: number; plan: OutlinePlan };

export function CoreGroupShortcuts({ c, childIndex, plan }: Props) {
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
  const carers = missingFrom(plan.coreGroup, parentsAndCarers(c));
  if (siblings.length === 0 && carers.length === 0 && said === '') {
    return null;
  }
  const add = (from: readonly CoreGroupMember[], words: string) => {
    const added = missingFrom(plan.coreGroup, from).length;
    const failed = apply({
      type: 'set',
      path: ['children', childIndex, 'plan', 'coreGroup'],
      value: withCoreGroupOf(plan.coreGroup, from),
    });
    setSaid(
      failed
        ? failed.message
        : `${added === 1 ? '1 person' : `${added} people`} ${words} added to ${name}'s core group.`,
    );
  };
  const hintId = `copy-core-${c.children[childIndex]?.details.id ?? childIndex}`;
  return (
    <div className="copy-plan">
      {siblings.length > 0 || carers.length > 0 ? (
        <p className="hint" id={hintId}>
          Adds to {name}&rsquo;s core group; nobody is taken out.
        </p>
      ) : null}
      {carers.length > 0 ? (
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={hintId}
          onClick={() => add(parentsAndCarers(c), '(the parents and carers)')}
        >
          Add the parents and carers ({carers.map((m) => m.name).join(', ')})
        </button>
      ) : null}
      {siblings.map(({ child }) => (
        <button
          key={child.details.id}
          type="button"
          className="button button--secondary"
          aria-describedby={hintId}
          onClick={() =>
            add(child.plan?.coreGroup ?? [], `from ${child.details.name}'s core group`)
          }
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
