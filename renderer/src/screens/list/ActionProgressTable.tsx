// Progress against each action of the plan under review: what, who, by when, how far it has got, and a note.
// Saved through the conference store (apply for the level, setText for the note). Rules: docs/domain.md §3.3, §5.4
// (what has gone well and what worries remain); shared/domain/review.ts.
import type { Conference } from '../../../../shared/domain/conference';
import { formatDate } from '../../../../shared/domain/format-en-gb';
import { ACTION_PROGRESS, ACTION_PROGRESS_LABELS } from '../../../../shared/domain/review';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';

type Props = { c: Conference; childIndex: number };

export function ActionProgressTable({ c, childIndex }: Props) {
  const apply = useConference((s) => s.apply);
  const setText = useConference((s) => s.setText);
  const flush = useConference((s) => s.flush);
  const child = c.children[childIndex];
  const actions = child?.review?.actionProgress ?? [];
  if (!child || actions.length === 0) {
    return <p>The plan under review has no actions recorded.</p>;
  }
  const base = ['children', childIndex, 'review', 'actionProgress'];
  return (
    <table className="data-table progress-table">
      <caption className="visually-hidden">
        Progress against the actions of {child.details.name}&apos;s plan
      </caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Who, by when</th>
          <th scope="col">Progress</th>
          <th scope="col">What has happened</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a, j) => {
          const levelId = fieldIdFor([...base, j, 'progress']);
          const noteId = fieldIdFor([...base, j, 'note']);
          const what = a.what || `Action ${j + 1}`;
          return (
            <tr key={a.id}>
              <th scope="row">{what}</th>
              <td>
                {a.who || 'Not named'}
                {a.byWhen ? `, by ${formatDate(a.byWhen)}` : ''}
              </td>
              <td>
                <label className="visually-hidden" htmlFor={levelId}>
                  Progress on {what}
                </label>
                <select
                  id={levelId}
                  value={a.progress}
                  onChange={(e) =>
                    apply({
                      type: 'set',
                      path: [...base, j, 'progress'],
                      value: e.target.value,
                    })
                  }
                >
                  {ACTION_PROGRESS.map((p) => (
                    <option key={p} value={p}>
                      {ACTION_PROGRESS_LABELS[p]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <label className="visually-hidden" htmlFor={noteId}>
                  What has happened on {what}
                </label>
                <textarea
                  id={noteId}
                  value={a.note}
                  onChange={(e) => setText([...base, j, 'note'], e.target.value)}
                  onBlur={flush}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
