// Rules 3 and 8 of docs/domain.md §9.2: quorum and the exclusion of family members.
import { exclusionRequestDeadline } from '../due-dates';
import { formatDate } from '../format-en-gb';
import { quorumStatus } from '../quorum';

import { findingsFor, isBlank } from './finding';
import type { Finding, Rule } from './finding';

/** Rule 3: inquorate conferences need the chair's reason; suggest an early review; warn on two in a row (§1.5). */
export const quorum: Rule = (c, config) => {
  const f = findingsFor('R3-quorum');
  const status = quorumStatus(c, config.quorum);
  if (status.quorate) {
    return [];
  }
  const out: Finding[] = [f.warn(status.message, 'attendance')];
  if (isBlank(c.quorum.chairReasonToProceed)) {
    out.push(
      f.block(
        'The conference is not quorate. To proceed, the chair must record the reason; otherwise set a new date.',
        'quorum.chairReasonToProceed',
      ),
    );
  }
  if (!c.quorum.earlyReviewConsidered) {
    out.push(
      f.warn(
        'An inquorate conference went ahead: consider an early review.',
        'quorum.earlyReviewConsidered',
      ),
    );
  }
  if (c.previous && !c.previous.quorate && c.type !== 'pre-birth-initial') {
    out.push(
      f.warn(
        `The previous conference (${formatDate(c.previous.date)}) was also not quorate; two in a row should not happen.`,
        'previous.quorate',
      ),
    );
  }
  return out;
};

/** Rule 8: an exclusion needs a ground, requester, date and decision; notice of 3 working days (§1.8). */
export const exclusion: Rule = (c, config) => {
  const f = findingsFor('R8-exclusion');
  const deadline = exclusionRequestDeadline(c.date, config);
  const out: Finding[] = [];
  c.household.forEach((m, i) => {
    const x = m.exclusion;
    const path = `household.${i}.exclusion`;
    if (!x) {
      return;
    }
    if (x.ground === undefined) {
      out.push(f.block(`Record the ground for excluding ${m.name}.`, `${path}.ground`));
    }
    if (isBlank(x.requestedBy)) {
      out.push(f.block(`Record who asked for ${m.name} to be excluded.`, `${path}.requestedBy`));
    }
    if (x.requestedOn === undefined) {
      out.push(
        f.block(`Record when the exclusion of ${m.name} was requested.`, `${path}.requestedOn`),
      );
    } else if (x.requestedOn > deadline.date) {
      out.push(
        f.warn(
          `The request to exclude ${m.name} was made on ${formatDate(x.requestedOn)}, less than 3 working days before the conference (deadline ${formatDate(deadline.date)}).`,
          `${path}.requestedOn`,
        ),
      );
    }
    if (x.chairDecision === 'pending') {
      out.push(
        f.block(`Record the chair's decision on excluding ${m.name}.`, `${path}.chairDecision`),
      );
    }
    if (x.chairDecision === 'agreed' && m.copyType === 'full') {
      out.push(
        f.block(
          `${m.name} was excluded, so they receive a partial copy (or none), without the excluded parts.`,
          `household.${i}.copyType`,
        ),
      );
    }
    if (x.chairDecision === 'agreed' && x.extent === 'part' && x.sections.length === 0) {
      out.push(f.block(`Record which parts ${m.name} was excluded from.`, `${path}.sections`));
    }
  });
  return out;
};
