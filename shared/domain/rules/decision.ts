// Rules 4, 6, 7 and 14 of docs/domain.md §9.2: a decision for every child, categories, dissent, ending at first review.
import { cinCensusCode } from '../categories';
import type { Conference } from '../conference';
import { isPlanOutcome } from '../decision';
import type { Professional } from '../professionals';
import { categoriesPhrase, viewDifference } from '../view-difference';

import { findingsFor, isBlank } from './finding';
import type { Finding, Rule } from './finding';

/** Professionals who took part in the meeting: attended, or on the register as present or having left. */
export function participatingProfessionals(c: Conference): Professional[] {
  const inRoom = new Set(
    c.attendance
      .filter((a) => a.status === 'present' || a.status === 'left')
      .map((a) => a.personId),
  );
  return c.professionals.filter((p) => inRoom.has(p.id) || p.contribution === 'attended');
}

/** Rule 4: a decision for every child; every participating professional's view on every child (§1.7). */
export const decisionEveryChild: Rule = (c) => {
  const f = findingsFor('R4-decision-every-child');
  if (c.children.length === 0) {
    return [
      f.block(
        'Add the children in the household: the conference must consider every one.',
        'children',
      ),
    ];
  }
  const out: Finding[] = [];
  const pros = participatingProfessionals(c);
  c.children.forEach((child, i) => {
    if (!child.decision) {
      out.push(f.block(`Record the decision for ${child.details.name}.`, `children.${i}.decision`));
    }
    for (const p of pros) {
      const has = c.agencyViews.some(
        (v) => v.childId === child.details.id && v.professionalId === p.id,
      );
      if (!has) {
        out.push(
          f.warn(
            `Ask ${p.name} (${p.agency}) for their view on ${child.details.name}.`,
            'agencyViews',
          ),
        );
      }
    }
  });
  return out;
};

/** Rule 6: more than one category gives a "usually one" warning and exports as MUL; may be switched off (§2.1). */
export const multipleCategories: Rule = (c, config) => {
  const f = findingsFor('R6-multiple-categories');
  const out: Finding[] = [];
  c.children.forEach((child, i) => {
    const cats = child.decision?.categories ?? [];
    if (cats.length <= 1) {
      return;
    }
    const path = `children.${i}.decision.categories`;
    if (!config.multipleCategoriesAllowed) {
      out.push(
        f.block(
          `Only one category is allowed here; ${child.details.name} has ${cats.length}.`,
          path,
        ),
      );
    } else if (config.warnWhenMultipleCategories) {
      out.push(
        f.warn(
          `${child.details.name} has ${cats.length} categories. Usually only one is used; the CIN census code will be ${cinCensusCode(cats.map((x) => x.category)) ?? ''}.`,
          path,
        ),
      );
    }
  });
  return out;
};

/**
 * Rule 7: a professional whose view differs from the chair's decision, on plan or no plan or (both for a plan) on
 * the category, needs a dissent entry with text (§1.7). The difference is view-difference.ts's, as the step shows.
 */
export const dissent: Rule = (c) => {
  const f = findingsFor('R7-dissent');
  const out: Finding[] = [];
  c.children.forEach((child, i) => {
    const d = child.decision;
    if (!d) {
      return;
    }
    for (const view of c.agencyViews) {
      const difference = view.childId === child.details.id ? viewDifference(view, d) : null;
      if (difference === null) {
        continue;
      }
      const pro = c.professionals.find((p) => p.id === view.professionalId);
      const name = pro?.name ?? 'A professional';
      const recorded = d.dissent.some(
        (x) => x.personId === view.professionalId || (pro !== undefined && x.name === pro.name),
      );
      if (!recorded) {
        const what =
          difference === 'category'
            ? `view of the category for ${child.details.name} (${categoriesPhrase(view.categories)})`
            : `view on ${child.details.name}`;
        out.push(
          f.block(
            `${name}'s ${what} differs from the decision. Record their dissent before the minutes are finalised.`,
            `children.${i}.decision.dissent`,
          ),
        );
      }
    }
    d.dissent.forEach((x, j) => {
      if (isBlank(x.text)) {
        out.push(
          f.block(
            `Write what ${x.name || 'the dissenting person'} disagrees with and why.`,
            `children.${i}.decision.dissent.${j}.text`,
          ),
        );
      }
    });
  });
  return out;
};

/** Rule 14: ending a plan at the first review needs exceptional, evidenced circumstances (§3.4). */
export const endingAtFirstReview: Rule = (c) => {
  const f = findingsFor('R14-ending-at-first-review');
  const first =
    c.type === 'review' &&
    (c.reviewNumber === 1 || (c.reviewNumber === undefined && c.previous?.type !== 'review'));
  if (!first) {
    return [];
  }
  const out: Finding[] = [];
  c.children.forEach((child, i) => {
    const d = child.decision;
    if (d && !isPlanOutcome(d.outcome)) {
      out.push(
        f.warn(
          `Ending ${child.details.name}'s plan at the first review needs exceptional circumstances: give the evidence in the rationale.`,
          `children.${i}.decision.rationale`,
        ),
      );
    }
  });
  return out;
};
