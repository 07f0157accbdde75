// Said when some of a record's signed versions or amendments cannot be read: the next version number is then not
// known, so the record is neither signed nor amended until the vault is restored (docs/vault.md, "Records that
// cannot be read").
import type { ReactElement } from 'react';

export function UnreadableVersions(props: { count: number }): ReactElement {
  const which =
    props.count === 1
      ? '1 of this record’s signed versions or amendments'
      : `${props.count.toLocaleString('en-GB')} of this record’s signed versions or amendments`;
  return (
    <section
      className="signoff-blockers"
      role="alert"
      aria-labelledby="unreadable-versions-title"
      data-testid="unreadable-versions"
    >
      <h2 id="unreadable-versions-title">This record cannot be signed or amended</h2>
      <p>
        {which} could not be read, so they are missing from the versions below. Until they can be
        read, the app does not know the next version number, and signing again could overwrite a
        signed version, so signing and amending are turned off.
      </p>
      <p>
        Nothing has been changed. Ask your IT support to restore the vault from a backup made before
        the damage. The versions that could be read can still be opened and checked.
      </p>
    </section>
  );
}
