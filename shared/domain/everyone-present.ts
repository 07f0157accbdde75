// "Everyone not yet recorded is present": the register's one-click start when the room introduces itself. It
// marks only the people with no entry yet, and never a family member who was not invited or whom the chair has
// agreed to exclude from the whole conference; apologies, absences and anyone who left keep what was recorded.
// Rule source: docs/domain.md §1.5 (attendance and quorum), §1.8 (exclusion).
import type { Conference } from './conference';
import type { PersonId } from './ids';

/** The people "everyone present" would mark present, in register order (professionals, then family). */
export function notYetRecorded(c: Conference): PersonId[] {
  const recorded = new Set(c.attendance.map((a) => a.personId));
  const family = c.household.filter(
    (m) =>
      m.invited && !(m.exclusion?.extent === 'whole' && m.exclusion.chairDecision === 'agreed'),
  );
  return [...c.professionals, ...family].map((p) => p.id).filter((id) => !recorded.has(id));
}
