import { describe, expect, it } from 'vitest';

import type { Conference } from '../../../shared/domain/conference';
import {
  disagreesWithText,
  dissentPrompts,
  hasDissentFrom,
  newDecision,
  newDissent,
  outcomesFor,
  questionOutcomeNote,
  significantHarmQuestion,
  viewDiffersFromDecision,
  viewsSummary,
  withOutcome,
} from '../../../shared/domain/decision-choices';
import { DecisionSchema } from '../../../shared/domain/decision';
import type { Outcome } from '../../../shared/domain/decision';
import { itemId } from '../../../shared/domain/ids';
import { RULES } from '../../../shared/domain/validation';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { IDS, aPlanDecision } from '../../fixtures/conference';
import { aSiblingGroup } from '../../fixtures/conference-scenarios';

const rule7Differs = (c: Conference) =>
  RULES['R7-dissent'](c, ENGLAND_DEFAULTS, '2026-01-05').filter((f) =>
    f.message.includes('differs from the decision'),
  );

describe('the significant-harm question and outcomes', () => {
  it('asks in current wording, and about harm after birth for an unborn child', () => {
    expect(significantHarmQuestion({ name: 'Mia Example', unborn: false })).toBe(
      'Is Mia Example suffering, or likely to suffer, significant harm?',
    );
    expect(significantHarmQuestion({ name: 'Unborn baby of Jade Example', unborn: true })).toBe(
      'Is Unborn baby of Jade Example likely to suffer significant harm after birth?',
    );
  });

  it('offers a plan from birth, not from today, for an unborn child', () => {
    expect(outcomesFor({ unborn: false })).toEqual([
      'cp-plan',
      'cin-plan',
      'early-help',
      'no-further-action',
    ]);
    expect(outcomesFor({ unborn: true })[0]).toBe('cp-plan-from-birth');
    expect(outcomesFor({ unborn: true })).not.toContain('cp-plan');
  });
});

describe('newDecision and withOutcome', () => {
  it('makes a decision that parses, assuming the answer that fits the outcome unless given', () => {
    const plan = newDecision('cp-plan');
    expect(DecisionSchema.parse(plan)).toEqual(plan);
    expect(plan.continuingRisk).toBe(true);
    expect(newDecision('cin-plan').continuingRisk).toBe(false);
    expect(newDecision('cin-plan', true).continuingRisk).toBe(true);
    expect(plan.decidedBy).toBe('chair');
  });

  it('clears categories only when the outcome stops being a plan', () => {
    const d = aPlanDecision();
    const toCin = withOutcome(d, 'cin-plan');
    expect(toCin.decision.categories).toEqual([]);
    expect(toCin.clearedCategories).toBe(true);
    expect(toCin.decision.rationale).toBe(d.rationale);
    const toBirth = withOutcome(d, 'cp-plan-from-birth');
    expect(toBirth.decision.categories).toEqual(d.categories);
    expect(toBirth.clearedCategories).toBe(false);
    const none = withOutcome({ ...d, categories: [] }, 'no-further-action');
    expect(none.clearedCategories).toBe(false);
  });

  it('notes an answer that does not fit the outcome', () => {
    expect(questionOutcomeNote(aPlanDecision())).toBeUndefined();
    expect(questionOutcomeNote(newDecision('no-further-action'))).toBeUndefined();
    expect(questionOutcomeNote(newDecision('cin-plan', true))).toMatch(
      /another multi-agency plan protects the child enough/,
    );
    expect(questionOutcomeNote(newDecision('cp-plan', false))).toMatch(/Check the answer/);
  });
});

describe('dissent prompts', () => {
  it('lists the differing view in the sibling group as recorded, matching rule 7', () => {
    const c = aSiblingGroup();
    expect(dissentPrompts(c, 0)).toEqual([]);
    const ava = dissentPrompts(c, 2);
    expect(ava).toHaveLength(1);
    expect(ava[0]).toMatchObject({
      professionalId: IDS.healthVisitor,
      name: 'Priya Sampleton',
      agency: 'Fictionshire Community Health',
      recorded: true,
    });
    expect(rule7Differs(c)).toEqual([]);
  });

  it('marks an unrecorded dissent, exactly where rule 7 blocks', () => {
    const base = aSiblingGroup();
    const ava = base.children[2]!;
    const c: Conference = {
      ...base,
      children: [
        base.children[0]!,
        base.children[1]!,
        { ...ava, decision: { ...ava.decision!, dissent: [] } },
      ],
    };
    const prompts = dissentPrompts(c, 2);
    expect(prompts.map((p) => p.recorded)).toEqual([false]);
    expect(rule7Differs(c)).toHaveLength(prompts.filter((p) => !p.recorded).length);
    // Making Noah's decision a child in need plan puts all three of his plan-supporting views in dissent.
    const noah = c.children[1]!;
    const c2: Conference = {
      ...c,
      children: [
        c.children[0]!,
        { ...noah, decision: { ...noah.decision!, outcome: 'cin-plan' } },
        c.children[2]!,
      ],
    };
    expect(dissentPrompts(c2, 1)).toHaveLength(3);
    expect(rule7Differs(c2)).toHaveLength(4);
  });

  it('gives nothing before a decision or for a missing child, and names an unknown professional', () => {
    const base = aSiblingGroup();
    const c: Conference = {
      ...base,
      children: base.children.map((ch, i) => (i === 2 ? { ...ch, decision: undefined } : ch)),
    };
    expect(dissentPrompts(c, 2)).toEqual([]);
    expect(dissentPrompts(c, 9)).toEqual([]);
    const orphan: Conference = {
      ...base,
      professionals: base.professionals.filter((p) => p.id !== IDS.healthVisitor),
    };
    expect(dissentPrompts(orphan, 2)[0]).toMatchObject({ name: 'A professional', recorded: false });
  });

  it('compares plan or no plan, and matches dissent by person or name', () => {
    const plan = (supportsPlan: boolean) => ({ supportsPlan, categories: [] });
    const decided = (outcome: Outcome) => ({ outcome, categories: [] });
    expect(viewDiffersFromDecision(plan(true), decided('cp-plan'))).toBe(false);
    expect(viewDiffersFromDecision(plan(true), decided('early-help'))).toBe(true);
    expect(viewDiffersFromDecision(plan(false), decided('cp-plan-from-birth'))).toBe(true);
    const d = {
      dissent: [
        newDissent(itemId('d1'), { name: 'Priya Sampleton', agency: 'Health' }, 'Ava', 'cin-plan'),
      ],
    };
    expect(hasDissentFrom(d, { id: IDS.healthVisitor, name: 'Priya Sampleton' })).toBe(true);
    expect(hasDissentFrom(d, { id: IDS.school, name: 'Owen Madeup' })).toBe(false);
  });

  it('drafts what the dissent disagrees with, leaving the reason for the chair', () => {
    const d = newDissent(
      itemId('d1'),
      { personId: IDS.healthVisitor, name: 'Priya Sampleton', agency: 'Health' },
      'Ava Example',
      'cin-plan',
    );
    expect(d).toMatchObject({ personId: IDS.healthVisitor, text: '', escalationRoute: '' });
    expect(d.disagreesWith).toBe(
      'The decision that Ava Example should not be subject to a child protection plan (child in need plan).',
    );
    expect(disagreesWithText('Noah', 'cp-plan')).toBe(
      'The decision that Noah should be subject to a child protection plan.',
    );
    expect(DecisionSchema.parse({ ...newDecision('cin-plan'), dissent: [d] }).dissent[0]).toEqual(
      d,
    );
  });
});

describe('viewsSummary', () => {
  it('counts views for and against a plan', () => {
    const c = aSiblingGroup();
    expect(viewsSummary(c, 2)).toBe(
      "Professionals' views: 1 for a child protection plan, 2 against.",
    );
    expect(viewsSummary({ ...c, agencyViews: [] }, 0)).toBe(
      'No professional has given a view on this child yet.',
    );
    expect(viewsSummary(c, 7)).toBe('');
  });
});
