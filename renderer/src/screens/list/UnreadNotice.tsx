// Says that records could not be read and were left out, so what this screen shows may be incomplete, and what
// to do. Nothing when every record was read. Rule source: docs/list.md, "Records that cannot be read".
import type { ReactElement } from 'react';

import { unreadSentence } from '../../../../shared/list/unread';

export function UnreadNotice(props: {
  count: number;
  what: 'list' | 'answer' | 'history' | 'file';
}): ReactElement | null {
  if (props.count <= 0) {
    return null;
  }
  return (
    <div className="list-notice" role="alert" data-testid="unread-notice">
      <p>
        <strong>Warning: </strong>
        {unreadSentence(props.count, props.what)}
      </p>
    </div>
  );
}
