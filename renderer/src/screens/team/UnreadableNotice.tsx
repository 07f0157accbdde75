// Says that exchange records (waiting merges, directory cards) could not be read and are not shown, naming them by
// vault key, and what to do. Nothing when every record was read. Rule source: docs/exchange.md, "Records that
// cannot be read".
import type { ReactElement } from 'react';

import { unreadableSentence } from '../../../../shared/exchange/unreadable';

export function UnreadableNotice(props: {
  keys: readonly string[];
  what: 'merge' | 'card';
}): ReactElement | null {
  if (props.keys.length === 0) {
    return null;
  }
  return (
    <div className="team-notice" role="alert" data-testid="unreadable-notice">
      <p>
        <strong>Warning: </strong>
        {unreadableSentence(props.keys, props.what)}
      </p>
    </div>
  );
}
