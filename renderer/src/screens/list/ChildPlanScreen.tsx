// One child's page from the list: who they are, every plan they have had (start, end, categories, conferences),
// and, while a plan is active, recording a core group, opening a review conference or ending the plan.
// Rule source: docs/list.md (plan history; review opened from a child's plan; core groups).
import { useCallback, useEffect, useState } from 'react';

import { fromBirthText } from '../../../../shared/list/plan-start';
import type { ListChild, PlanHistory } from '../../../../shared/list/schemas';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { birthDateText } from './list-labels';
import { useScreenHeading } from './ListNav';
import { PlanActions } from './PlanActions';
import { PlanHistoryTable } from './PlanHistoryTable';
import { UnreadNotice } from './UnreadNotice';

export function ChildPlanScreen({ childId }: { childId: string }) {
  const [data, setData] = useState<{
    child: ListChild;
    plans: PlanHistory[];
    unreadRecords: number;
  } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  // What the last action did, said here so it stays after the plan ends and the actions go.
  const [said, setSaid] = useState('');
  const title = data ? data.child.name || 'Child' : 'Child';
  const heading = useScreenHeading(title, data !== null);

  const load = useCallback(() => {
    void invoke('list.history', { childId }).then((r) => {
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else {
        setError(r.error);
      }
    });
  }, [childId]);

  useEffect(load, [load]);

  if (error && !data) {
    return <ErrorSummary error={error} />;
  }
  if (!data) {
    return <p role="status">Opening the child&apos;s plans…</p>;
  }
  const { child, plans } = data;
  const active = plans.find((p) => p.status === 'active');

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {child.name || 'Name not recorded'}
      </h1>
      <UnreadNotice count={data.unreadRecords} what="history" />
      <dl className="facts">
        <div>
          <dt>Date of birth</dt>
          <dd>{birthDateText(child)}</dd>
        </div>
        <div>
          <dt>Address</dt>
          <dd>{child.address || 'Not recorded'}</dd>
        </div>
        <div>
          <dt>NHS number</dt>
          <dd>{child.nhsNumber ?? 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Now</dt>
          <dd>
            {active?.startsAtBirth && active.startDate === undefined ? (
              <strong>{fromBirthText(child.expectedDeliveryDate)}</strong>
            ) : active ? (
              <strong>Subject to a child protection plan</strong>
            ) : data.unreadRecords > 0 ? (
              'Not subject to a child protection plan in the records that could be read'
            ) : (
              'Not subject to a child protection plan'
            )}
          </dd>
        </div>
      </dl>
      <p role="status" className="list-said">
        {said}
      </p>
      <h2>Plan history</h2>
      <PlanHistoryTable plans={plans} expectedDeliveryDate={child.expectedDeliveryDate} />
      {active ? (
        <PlanActions
          childId={child.childId}
          name={child.name}
          awaitingBirth={active.startsAtBirth && active.startDate === undefined}
          onChanged={(message) => {
            setSaid(message);
            load();
          }}
        />
      ) : null}
    </>
  );
}
