// Names the stored conference records that could not be read, so none is hidden from the conferences screen,
// and says what to do. Nothing when every record reads. Rule source: docs/vault.md, "Records that cannot be read".
import type { ReactElement } from 'react';

export function UnreadableConferences({ ids }: { ids: readonly string[] }): ReactElement | null {
  if (ids.length === 0) {
    return null;
  }
  const one = ids.length === 1;
  return (
    <div className="notice" role="alert" data-testid="unreadable-conferences">
      <p>
        <strong>Warning: </strong>
        {one
          ? '1 conference record in this vault could not be read, so it is not shown below. If the list of children subject to a plan cannot read it either, the list leaves it out and says so.'
          : `${ids.length.toLocaleString('en-GB')} conference records in this vault could not be read, so they are not shown below. The list of children subject to a plan says how many of them it left out.`}{' '}
        {one ? 'It is' : 'They are'} kept unchanged. Restore the newest backup that reads (Vault
        settings, Backups), or open the vault with the newer version of the app if one wrote{' '}
        {one ? 'it' : 'them'}.
      </p>
      <details>
        <summary>{one ? 'Its reference' : 'Their references'}</summary>
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <code>{id}</code>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
