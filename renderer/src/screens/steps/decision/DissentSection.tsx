// Dissent from the chair's decision for one child: each professional whose view differs (on plan or no plan, or on
// the category of a plan: view-difference.ts) is prompted, and each
// dissent entry records who, what they disagree with, their view, the escalation route and when a reply is due.
// Rules: docs/domain.md §1.7 (the chair notes dissenting views), §9.2 rule 7 (required before the minutes are final).
import { useEffect, useRef } from 'react';

import type { Conference } from '../../../../../shared/domain/conference';
import { dissentPrompts, newDissent } from '../../../../../shared/domain/decision-choices';
import type { Path } from '../../../../../shared/domain/edits';
import type { ItemId } from '../../../../../shared/domain/ids';
import { differingViewText } from '../../../../../shared/domain/view-difference';
import { DateInput } from '../../../components/DateInput';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';

import { PlainTextField } from './PlainTextField';

type Props = { c: Conference; childIndex: number };

const newId = (): ItemId => crypto.randomUUID() as ItemId;

export function DissentSection({ c, childIndex }: Props) {
  const apply = useConference((s) => s.apply);
  const focusAfter = useRef<string | null>(null);
  const child = c.children[childIndex];
  const decision = child?.decision;
  const dissent = decision?.dissent;

  useEffect(() => {
    if (focusAfter.current) {
      document.getElementById(focusAfter.current)?.focus();
      focusAfter.current = null;
    }
  }, [dissent?.length]);

  if (!child || !decision) {
    return null;
  }
  const name = child.details.name;
  const path: Path = ['children', childIndex, 'decision', 'dissent'];
  const prompts = dissentPrompts(c, childIndex);
  const waiting = prompts.filter((p) => !p.recorded);

  const add = (
    who: {
      personId?: (typeof prompts)[number]['professionalId'];
      name: string;
      agency: string;
    },
    onCategory = false,
  ) => {
    const at = decision.dissent.length;
    focusAfter.current = fieldIdFor([...path, at, who.personId ? 'text' : 'name']);
    const chosen = onCategory ? decision.categories.map((x) => x.category) : undefined;
    apply({
      type: 'insert',
      path,
      value: newDissent(newId(), who, name, decision.outcome, chosen),
    });
  };
  const remove = (index: number) => {
    focusAfter.current = fieldIdFor([...path, 'add']);
    apply({ type: 'remove', path, index });
  };

  return (
    <section className="dissent" aria-labelledby={`dissent-${child.details.id}`}>
      <h3 id={`dissent-${child.details.id}`}>Dissent from the decision for {name}</h3>
      {waiting.length > 0 ? (
        <div className="notice notice--block">
          <p>
            <strong>
              {waiting.length === 1 ? 'One view differs' : `${waiting.length} views differ`} from
              the decision.
            </strong>{' '}
            Record each dissent before the minutes are signed off.
          </p>
          <ul>
            {waiting.map((p) => (
              <li key={p.professionalId}>
                {p.name}
                {p.agency ? ` (${p.agency})` : ''} {differingViewText(p.view, p.difference)}{' '}
                <button
                  type="button"
                  id={fieldIdFor([...path, 'record', p.professionalId])}
                  className="button button--small"
                  onClick={() =>
                    add(
                      { personId: p.professionalId, name: p.name, agency: p.agency },
                      p.difference === 'category',
                    )
                  }
                >
                  Record {p.name}&rsquo;s dissent
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : prompts.length === 0 && decision.dissent.length === 0 ? (
        <p className="hint">Every recorded view agrees with the decision.</p>
      ) : null}
      {decision.dissent.map((entry, j) => {
        const p: Path = [...path, j];
        return (
          <fieldset key={entry.id} className="dissent-entry">
            <legend>Dissent from {entry.name || 'someone not yet named'}</legend>
            {entry.personId === undefined ? (
              <div className="field-row">
                <PlainTextField
                  label="Name"
                  path={[...p, 'name']}
                  historyKey={`${entry.id}|name`}
                  value={entry.name}
                />
                <PlainTextField
                  label="Agency"
                  path={[...p, 'agency']}
                  historyKey={`${entry.id}|agency`}
                  value={entry.agency}
                />
              </div>
            ) : null}
            <PlainTextField
              label="What they disagree with"
              path={[...p, 'disagreesWith']}
              historyKey={`${entry.id}|disagreesWith`}
              value={entry.disagreesWith}
              rows={2}
            />
            <PlainTextField
              label="Their view and reasons, as they want it recorded"
              path={[...p, 'text']}
              historyKey={`${entry.id}|text`}
              value={entry.text}
              rows={3}
              required
            />
            <PlainTextField
              label="How the disagreement will be taken further"
              hint="For example, the agency's safeguarding lead to the conference service manager."
              path={[...p, 'escalationRoute']}
              historyKey={`${entry.id}|escalationRoute`}
              value={entry.escalationRoute}
            />
            <DateInput
              label="Reply due by"
              path={[...p, 'responseDueOn']}
              value={entry.responseDueOn}
            />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => remove(j)}
            >
              Remove the dissent from {entry.name || 'this person'}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        id={fieldIdFor([...path, 'add'])}
        className="button button--secondary"
        onClick={() => add({ name: '', agency: '' })}
      >
        Record a dissent from someone else about {name}
      </button>
    </section>
  );
}
