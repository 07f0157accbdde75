// What the transfer-in form shows once the child is on the list: the transfer-in conference's due date, a link
// to the child's page and a way to add another child. Rule source: docs/domain.md §5.3 (conference within 15 working
// days of notification).
import { formatDate } from '../../../../shared/domain/format-en-gb';

import { listHash } from './list-route';

export type Added = { childId: string; name: string; due: string };

export function TransferInAdded({ added, onAgain }: { added: Added; onAgain: () => void }) {
  return (
    <>
      <div className="list-notice" role="status">
        <p>
          <strong>{added.name} is now on the list of children subject to a plan.</strong>
        </p>
        <p>The transfer-in conference here is due by {formatDate(added.due)}.</p>
      </div>
      <div className="actions">
        <a className="button" href={listHash({ view: 'child', childId: added.childId })}>
          Open {added.name}&apos;s page
        </a>
        <button type="button" className="button button--secondary" onClick={onAgain}>
          Add another child
        </button>
      </div>
    </>
  );
}
