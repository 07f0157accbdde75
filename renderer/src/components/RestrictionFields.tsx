// "Mark as restricted" for one text block: third-party information not for the family, with the reason and who
// may see it. Rule source: docs/domain.md §1.10, §9.2 rule 9 (each restricted item needs an audience).
import { memo } from 'react';

import type { Path } from '../../../shared/domain/edits';
import type { PersonId } from '../../../shared/domain/ids';
import type { Restriction } from '../../../shared/domain/primitives';
import { useConference } from '../state/conference-store';

import { fieldIdFor } from './field-id';

type Props = { label: string; path: Path; restriction: Restriction | undefined };

function Fields({ label, path, restriction }: Props) {
  const apply = useConference((s) => s.apply);
  const setText = useConference((s) => s.setText);
  const flush = useConference((s) => s.flush);
  const professionals = useConference((s) => s.conference?.professionals);
  const household = useConference((s) => s.conference?.household);
  const rPath = [...path, 'restriction'];
  const toggleId = fieldIdFor(rPath);
  const reasonId = fieldIdFor([...rPath, 'reason']);

  const setRestricted = (on: boolean) =>
    apply(
      on
        ? { type: 'set', path: rPath, value: { reason: '', audience: [], thirdParty: true } }
        : { type: 'unset', path: rPath },
    );

  const toggleAudience = (id: PersonId, on: boolean) => {
    if (!restriction) {
      return;
    }
    const audience = on
      ? [...restriction.audience, id]
      : restriction.audience.filter((x) => x !== id);
    apply({ type: 'set', path: [...rPath, 'audience'], value: audience });
  };

  const people = [
    ...(professionals ?? []).map((p) => ({ id: p.id, name: p.name, who: p.agency || p.role })),
    ...(household ?? []).map((m) => ({ id: m.id, name: m.name, who: m.relationship })),
  ];

  return (
    <div className="restriction">
      <div className="choice">
        <input
          type="checkbox"
          id={toggleId}
          checked={restriction !== undefined}
          onChange={(e) => setRestricted(e.target.checked)}
        />
        <label htmlFor={toggleId}>
          Mark &ldquo;{label}&rdquo; as restricted (not for the family)
        </label>
      </div>
      {restriction ? (
        <div className="restriction__details">
          <div className="choice">
            <input
              type="checkbox"
              id={fieldIdFor([...rPath, 'thirdParty'])}
              checked={restriction.thirdParty}
              onChange={(e) =>
                apply({ type: 'set', path: [...rPath, 'thirdParty'], value: e.target.checked })
              }
            />
            <label htmlFor={fieldIdFor([...rPath, 'thirdParty'])}>
              This is third-party information
            </label>
          </div>
          <div className="field">
            <label htmlFor={reasonId}>Why it is restricted</label>
            <input
              id={reasonId}
              type="text"
              value={restriction.reason}
              onChange={(e) => setText([...rPath, 'reason'], e.target.value)}
              onBlur={flush}
            />
          </div>
          <fieldset>
            <legend>Who may see it</legend>
            {people.length === 0 ? (
              <p className="hint">
                Add the professionals and family in set-up to choose them here.
              </p>
            ) : (
              people.map((p) => {
                const id = fieldIdFor([...rPath, 'audience', p.id]);
                return (
                  <div className="choice" key={p.id}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={restriction.audience.includes(p.id)}
                      onChange={(e) => toggleAudience(p.id, e.target.checked)}
                    />
                    <label htmlFor={id}>
                      {p.name}
                      {p.who ? `, ${p.who}` : ''}
                    </label>
                  </div>
                );
              })
            )}
          </fieldset>
        </div>
      ) : null}
    </div>
  );
}

/** Re-renders only when its label, path or restriction changes: typing in the text above leaves it alone. */
export const RestrictionFields = memo(
  Fields,
  (a, b) =>
    a.label === b.label &&
    a.restriction === b.restriction &&
    JSON.stringify(a.path) === JSON.stringify(b.path),
);
