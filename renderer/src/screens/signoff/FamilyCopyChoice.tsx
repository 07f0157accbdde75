// The chair chooses, for each family member who gets a copy, which children's details their copy holds. Default:
// their own children (the children they are recorded as related to). The choice is saved in the record, so the
// documents, the distribution list's "Left out" and the signed version all follow it.
// Rule source: docs/domain.md §4.3 (copies and distribution), §1.10 (what reaches the family).
import { useEffect, useState } from 'react';

import { copyChildIdsOf, defaultCopyChildIds } from '../../../../shared/documents/child-selection';
import { familyRecipients } from '../../../../shared/documents/distribution';
import type { Output } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

type Stored = Output<'conference.get'>;

export function FamilyCopyChoice({
  conferenceId,
  onChanged,
}: {
  conferenceId: string;
  /** Called after a choice is saved: the documents and the distribution list are read again. */
  onChanged: () => void;
}) {
  const [stored, setStored] = useState<Stored | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    void invoke('conference.get', { conferenceId }).then((r) => {
      if (current) {
        if (r.ok) {
          setStored(r.value);
        } else {
          setError(r.error);
        }
      }
    });
    return () => {
      current = false;
    };
  }, [conferenceId]);

  if (!stored) {
    return error ? <ErrorSummary error={error} /> : null;
  }
  const { conference } = stored;
  const recipients = familyRecipients(conference);
  if (recipients.length === 0 || conference.children.length < 2) {
    return null; // one child, or no family copy: nothing to choose
  }
  const allIds = conference.children.map((c) => c.details.id);

  const choose = async (memberIndex: number, childId: string, on: boolean) => {
    const member = conference.household[memberIndex]!;
    const now = new Set(copyChildIdsOf(conference, member));
    if (on) {
      now.add(childId);
    } else {
      now.delete(childId);
    }
    const value = allIds.filter((id) => now.has(id));
    // Shown at once; put back if the save is refused.
    const before = stored;
    setStored({
      ...stored,
      conference: {
        ...conference,
        household: conference.household.map((m, i) =>
          i === memberIndex ? { ...m, copyChildIds: value } : m,
        ),
      },
    });
    setSaving(true);
    setError(null);
    const r = await invoke('conference.applyEdit', {
      conferenceId,
      baseRevision: stored.revision,
      edit: { type: 'set', path: ['household', memberIndex, 'copyChildIds'], value },
    });
    if (r.ok) {
      const fresh = await invoke('conference.get', { conferenceId });
      setStored(fresh.ok ? fresh.value : { ...before, revision: r.value.revision });
      onChanged();
    } else {
      setStored(before);
      setError(r.error);
    }
    setSaving(false);
  };

  return (
    <section aria-labelledby="family-children-title">
      <h2 id="family-children-title">Children’s details in each family copy</h2>
      <p className="hint">
        By default each family member’s copy holds only their own children’s details: the children
        they are recorded as related to. Tick the children whose details each copy should hold. The
        documents and the distribution list below follow your choice; a change means looking at the
        documents again.
      </p>
      {error ? <ErrorSummary error={error} title="The choice was not saved" /> : null}
      <div className="family-children">
        {recipients.map((r) => {
          const index = conference.household.findIndex((m) => m.id === r.personId);
          const member = conference.household[index];
          if (!member) {
            return null;
          }
          const chosen = new Set(copyChildIdsOf(conference, member));
          const byDefault = new Set(defaultCopyChildIds(member, allIds));
          return (
            <fieldset key={member.id} className="family-children__member">
              <legend>
                {member.name}’s copy{member.relationship ? ` (${member.relationship})` : ''}
              </legend>
              {conference.children.map((c) => (
                <div className="choice" key={c.details.id}>
                  <input
                    type="checkbox"
                    id={`copy-${member.id}-${c.details.id}`}
                    checked={chosen.has(c.details.id)}
                    disabled={saving}
                    onChange={(e) => void choose(index, c.details.id, e.target.checked)}
                  />
                  <label htmlFor={`copy-${member.id}-${c.details.id}`}>
                    {c.details.name}
                    {byDefault.has(c.details.id) ? '' : ' (not related, by the record)'}
                  </label>
                </div>
              ))}
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
