// A professional's view against the chair's decision: a difference on plan or no plan, or (both for a plan) on
// the category, is a dissent; the dissent prompts and validation rule 7 use the same rule.
// Rule source: docs/domain.md §1.7 and §9.2 (rule 7).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CATEGORIES } from '../../../shared/domain/categories';
import type { Category } from '../../../shared/domain/categories';
import type { Conference } from '../../../shared/domain/conference';
import { OUTCOMES, isPlanOutcome } from '../../../shared/domain/decision';
import type { Outcome } from '../../../shared/domain/decision';
import { dissentPrompts, newDissent } from '../../../shared/domain/decision-choices';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { itemId } from '../../../shared/domain/ids';
import { RULES } from '../../../shared/domain/validation';
import {
  categoriesPhrase,
  differingViewText,
  viewDifference,
} from '../../../shared/domain/view-difference';
import { IDS } from '../../fixtures/conference';
import { aSiblingGroup } from '../../fixtures/conference-scenarios';

const chosen = (cats: Category[], primary = cats[0]) =>
  cats.map((category) => ({ category, primary: category === primary }));

const CASES: {
  view: { supportsPlan: boolean; categories: Category[] };
  outcome: Outcome;
  decided: Category[];
  expected: 'plan' | 'category' | null;
}[] = [
  { view: { supportsPlan: true, categories: [] }, outcome: 'cp-plan', decided: [], expected: null },
  {
    view: { supportsPlan: false, categories: [] },
    outcome: 'cp-plan',
    decided: [],
    expected: 'plan',
  },
  {
    view: { supportsPlan: true, categories: ['neglect'] },
    outcome: 'cin-plan',
    decided: [],
    expected: 'plan',
  },
  {
    view: { supportsPlan: false, categories: [] },
    outcome: 'no-further-action',
    decided: [],
    expected: null,
  },
  {
    view: { supportsPlan: false, categories: [] },
    outcome: 'early-help',
    decided: [],
    expected: null,
  },
  {
    view: { supportsPlan: true, categories: ['neglect'] },
    outcome: 'cp-plan',
    decided: ['neglect'],
    expected: null,
  },
  {
    view: { supportsPlan: true, categories: ['neglect'] },
    outcome: 'cp-plan',
    decided: ['emotional'],
    expected: 'category',
  },
  {
    view: { supportsPlan: true, categories: ['neglect'] },
    outcome: 'cp-plan-from-birth',
    decided: ['physical'],
    expected: 'category',
  },
  {
    view: { supportsPlan: true, categories: ['neglect', 'emotional'] },
    outcome: 'cp-plan',
    decided: ['emotional', 'neglect'],
    expected: null,
  },
  {
    view: { supportsPlan: true, categories: ['neglect', 'emotional'] },
    outcome: 'cp-plan',
    decided: ['neglect'],
    expected: 'category',
  },
  {
    view: { supportsPlan: true, categories: ['neglect'] },
    outcome: 'cp-plan',
    decided: ['neglect', 'sexual'],
    expected: 'category',
  },
  // No category named by the professional, or none chosen yet: not (yet) a category dissent.
  {
    view: { supportsPlan: true, categories: [] },
    outcome: 'cp-plan',
    decided: ['neglect'],
    expected: null,
  },
  {
    view: { supportsPlan: true, categories: ['sexual'] },
    outcome: 'cp-plan',
    decided: [],
    expected: null,
  },
];

describe('viewDifference', () => {
  for (const c of CASES) {
    it(`${c.view.supportsPlan ? 'plan' : 'no plan'} [${c.view.categories.join(', ')}] against ${c.outcome} [${c.decided.join(', ')}] is ${String(c.expected)}`, () => {
      expect(viewDifference(c.view, { outcome: c.outcome, categories: chosen(c.decided) })).toBe(
        c.expected,
      );
    });
  }

  const categorySet = fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 4 });
  it('is a category dissent exactly when both are for a plan, both named categories, and the sets differ', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        categorySet,
        fc.constantFrom(...OUTCOMES),
        categorySet,
        (supportsPlan, theirs, outcome, decided) => {
          const d = viewDifference(
            { supportsPlan, categories: theirs },
            { outcome, categories: chosen(decided) },
          );
          const plan = isPlanOutcome(outcome);
          const sameSet =
            theirs.length === decided.length && theirs.every((k) => decided.includes(k));
          if (supportsPlan !== plan) {
            expect(d).toBe('plan');
          } else if (plan && theirs.length > 0 && decided.length > 0 && !sameSet) {
            expect(d).toBe('category');
          } else {
            expect(d).toBeNull();
          }
          // The order of the categories, and which is primary, never matters.
          const reversed = viewDifference(
            { supportsPlan, categories: [...theirs].reverse() },
            { outcome, categories: chosen([...decided].reverse(), decided.at(-1)) },
          );
          expect(reversed).toBe(d);
        },
      ),
    );
  });

  it('says what the professional thought in words', () => {
    expect(categoriesPhrase(['emotional', 'neglect'])).toBe('Neglect and emotional abuse');
    expect(categoriesPhrase([])).toBe('no category');
    expect(differingViewText({ supportsPlan: true, categories: ['sexual'] }, 'category')).toBe(
      'agreed a child protection plan is needed, but thought the category should be Sexual abuse.',
    );
    expect(differingViewText({ supportsPlan: false, categories: [] }, 'plan')).toBe(
      'thought a child protection plan was not needed.',
    );
  });
});

const rule7 = (c: Conference) =>
  RULES['R7-dissent'](c, ENGLAND_DEFAULTS, '2026-01-05').filter((f) =>
    f.message.includes('differs from the decision'),
  );

/** The sibling group with the health visitor seeing only neglect for Noah (decided: physical and emotional). */
function withCategoryDissent(): Conference {
  const base = aSiblingGroup();
  return {
    ...base,
    agencyViews: base.agencyViews.map((v) =>
      v.childId === IDS.child2 && v.professionalId === IDS.healthVisitor
        ? { ...v, categories: ['neglect'] }
        : v,
    ),
  };
}

describe('a category dissent in the prompts and rule 7', () => {
  it('prompts the professional and blocks sign-off until the dissent is recorded', () => {
    expect(rule7(aSiblingGroup())).toEqual([]);
    const c = withCategoryDissent();
    const prompts = dissentPrompts(c, 1);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatchObject({
      professionalId: IDS.healthVisitor,
      difference: 'category',
      recorded: false,
    });
    const findings = rule7(c);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toBe(
      "Priya Sampleton's view of the category for Noah Example (Neglect) differs from the decision. Record their dissent before the minutes are finalised.",
    );
    expect(findings[0]?.path).toBe('children.1.decision.dissent');
  });

  it('is satisfied by a dissent entry with text, drafted to name the category chosen', () => {
    const c = withCategoryDissent();
    const noah = c.children[1];
    const decision = noah?.decision;
    if (!noah || !decision) {
      throw new Error('fixture changed');
    }
    const entry = newDissent(
      itemId('dis-cat'),
      { personId: IDS.healthVisitor, name: 'Priya Sampleton', agency: 'Health' },
      noah.details.name,
      decision.outcome,
      decision.categories.map((x) => x.category),
    );
    expect(entry.disagreesWith).toBe(
      "The category chosen for Noah Example's child protection plan: Physical abuse and emotional abuse.",
    );
    const recorded = (text: string): Conference => ({
      ...c,
      children: c.children.map((ch, i) =>
        i === 1 ? { ...ch, decision: { ...decision, dissent: [{ ...entry, text }] } } : ch,
      ),
    });
    expect(rule7(recorded('Neglect is the main concern.'))).toEqual([]);
    expect(dissentPrompts(recorded('x'), 1)[0]?.recorded).toBe(true);
    const blank = RULES['R7-dissent'](recorded(' '), ENGLAND_DEFAULTS, '2026-01-05');
    expect(blank.map((f) => f.path)).toEqual(['children.1.decision.dissent.0.text']);
  });
});
