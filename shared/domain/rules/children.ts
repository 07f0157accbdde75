// Rules 10, 13 and 15 of docs/domain.md §9.2: unborn children, the child's views, and children turning 18.
import { addMonths, ageOn } from '../calendar';
import { isUnbornBabyName } from '../child';
import { firstReviewDueDate, preBirthLatestDate } from '../due-dates';
import { formatDate } from '../format-en-gb';

import { findingsFor, isBlank } from './finding';
import type { Finding, Rule } from './finding';

/** Rule 10: an unborn child has no date of birth, an EDD, the "Unborn baby of ..." label and a post-birth rule. */
export const unbornChild: Rule = (c, config) => {
  const f = findingsFor('R10-unborn-child');
  const out: Finding[] = [];
  c.children.forEach((child, i) => {
    const d = child.details;
    const p = `children.${i}.details`;
    if (!d.unborn) {
      if (d.dateOfBirth === undefined) {
        out.push(f.block(`Record ${d.name}'s date of birth.`, `${p}.dateOfBirth`));
      }
      return;
    }
    if (d.dateOfBirth !== undefined) {
      out.push(
        f.block(
          'An unborn child has no date of birth: record the expected delivery date instead.',
          `${p}.dateOfBirth`,
        ),
      );
    }
    if (!isUnbornBabyName(d.name)) {
      out.push(
        f.block(
          'Name an unborn child "Unborn baby of" followed by the mother\'s name.',
          `${p}.name`,
        ),
      );
    }
    if (d.postBirthReviewRule === undefined) {
      out.push(
        f.block(
          'Choose the rule that dates the review after the birth.',
          `${p}.postBirthReviewRule`,
        ),
      );
    }
    if (d.expectedDeliveryDate === undefined) {
      out.push(f.block('Record the expected delivery date.', `${p}.expectedDeliveryDate`));
      return;
    }
    const latest = preBirthLatestDate(d.expectedDeliveryDate, config);
    if (c.date > latest.date) {
      out.push(
        f.warn(
          `The conference is later than ${formatDate(latest.date)}, ${latest.rule}.`,
          `${p}.expectedDeliveryDate`,
        ),
      );
    }
  });
  return out;
};

/** Rule 13: the child's views are never empty; if the child did not take part, say why and how views were got. */
export const childViews: Rule = (c) => {
  const f = findingsFor('R13-child-views');
  const out: Finding[] = [];
  c.children.forEach((child, i) => {
    const v = child.views;
    const p = `children.${i}.views`;
    const name = child.details.name;
    if (isBlank(v.block.text)) {
      out.push(
        f.block(`The child's views section for ${name} cannot be empty.`, `${p}.block.text`),
      );
    }
    if (v.obtainedBy.length === 0) {
      out.push(f.block(`Record how ${name}'s views were obtained.`, `${p}.obtainedBy`));
    }
    if (!v.obtainedBy.includes('attended') && isBlank(v.notInvolvedReason)) {
      out.push(f.block(`${name} did not attend: record why.`, `${p}.notInvolvedReason`));
    }
  });
  return out;
};

/** Rule 15: warn if the child turns 18 before the next review, and suggest a review around the birthday (§3.4). */
export const ageEighteen: Rule = (c, config, today) => {
  const f = findingsFor('R15-age-18');
  const out: Finding[] = [];
  const fallback = firstReviewDueDate(c.date, config).date;
  c.children.forEach((child, i) => {
    const dob = child.details.dateOfBirth;
    if (dob === undefined || child.details.unborn) {
      return;
    }
    const p = `children.${i}.details.dateOfBirth`;
    const name = child.details.name;
    if (ageOn(dob, today) >= 18) {
      out.push(f.warn(`${name} is already 18: a child protection plan no longer applies.`, p));
      return;
    }
    const birthday = addMonths(dob, 18 * 12).date;
    const review = child.plan?.reviewDate ?? fallback;
    if (birthday <= review) {
      out.push(
        f.warn(
          `${name} turns 18 on ${formatDate(birthday)}, before the next review (${formatDate(review)}). Plan a review around the birthday.`,
          p,
        ),
      );
    }
  });
  return out;
};
