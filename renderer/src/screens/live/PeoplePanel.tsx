// Live mode's "People" panel: add someone who has joined, and change or remove anyone, without leaving the step.
import type { Conference } from '../../../../shared/domain/conference';
import { PeopleManager } from '../../components/people/PeopleManager';

import { AddPersonForm } from './AddPersonForm';

export function PeoplePanel({ c, onClose }: { c: Conference; onClose: () => void }) {
  return (
    <section id="live-people" className="people-panel" aria-labelledby="people-panel-title">
      <div className="people-panel__head">
        <h2 id="people-panel-title">People</h2>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          Close people
        </button>
      </div>
      <div className="people-panel__body">
        <AddPersonForm />
        <PeopleManager c={c} idPrefix="live-people" />
      </div>
    </section>
  );
}
