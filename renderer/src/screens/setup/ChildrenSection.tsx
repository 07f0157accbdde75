// Set-up: the children the conference considers, one child or a sibling group, an unborn baby with the EDD.
// Rule source: docs/domain.md §5.1 (all children in the household), §5.2 ("Unborn baby of ...").
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';

import { unbornBabyName } from '../../../../shared/domain/child';
import type { Conference } from '../../../../shared/domain/conference';
import { formatDate } from '../../../../shared/domain/format-en-gb';
import { DateField, useDateDraft } from '../../components/DateField';
import { useConference } from '../../state/conference-store';

import { ChildDetailsFields } from './ChildDetailsFields';
import { newChild } from './new-records';
import { UnbornReviewRule } from './UnbornReviewRule';

export function ChildrenSection({ c }: { c: Conference }) {
  const apply = useConference((s) => s.apply);
  const [name, setName] = useState('');
  const [unborn, setUnborn] = useState(c.type === 'pre-birth-initial');
  const date = useDateDraft(undefined);
  // After each add, the focus goes back to the name for the next child.
  const nameField = useRef<HTMLInputElement>(null);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const read = date.read();
    if (name.trim() === '' || !read.ok) {
      return;
    }
    const label = unborn ? unbornBabyName(name) : name.trim();
    const child = newChild(label, unborn, read.date ?? '');
    if (!apply({ type: 'insert', path: ['children'], value: child })) {
      setName('');
      date.reset(undefined);
      nameField.current?.focus();
    }
  };

  return (
    <section className="setup-section" aria-labelledby="children-title">
      <h2 id="children-title">Children</h2>
      {c.children.length === 0 ? (
        <p>No children added yet. Add every child in the household.</p>
      ) : (
        <ul>
          {c.children.map((ch, i) => (
            <li key={ch.details.id}>
              {ch.details.name}
              {ch.details.dateOfBirth ? `, born ${formatDate(ch.details.dateOfBirth)}` : ''}
              {ch.details.expectedDeliveryDate
                ? `, expected ${formatDate(ch.details.expectedDeliveryDate)}`
                : ''}
              {/* Removing a child asks first and can be undone: "Change or remove someone" (PeopleManager). */}
              {ch.details.unborn ? <UnbornReviewRule child={ch} index={i} /> : null}
              <ChildDetailsFields child={ch} index={i} />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} aria-label="Add a child">
        <div className="choice">
          <input
            type="checkbox"
            id="child-unborn"
            checked={unborn}
            onChange={(e) => setUnborn(e.target.checked)}
          />
          <label htmlFor="child-unborn">This baby is not born yet</label>
        </div>
        <div className="field">
          <label htmlFor="child-name">{unborn ? "Mother's name" : "Child's full name"}</label>
          {unborn ? (
            <p className="hint">The baby is recorded as &ldquo;Unborn baby of&rdquo; this name.</p>
          ) : null}
          <input
            id="child-name"
            ref={nameField}
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <DateField
          id="child-date"
          label={unborn ? 'Expected delivery date' : 'Date of birth'}
          text={date.text}
          error={date.error}
          onText={date.setText}
          onDone={() => void date.read()}
          submitOnEnter
        />
        <button type="submit" className="button button--secondary">
          Add child
        </button>
      </form>
    </section>
  );
}
