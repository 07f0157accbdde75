// What the decision screens offer and record: the significant-harm question, the outcomes for a child, a new
// decision, a change of outcome, and which professional views differ from the chair's decision (dissent prompts).
// Rules: docs/domain.md §1.1 and §1.7 (the test; the chair decides and notes dissent), §2.2 (outcomes), §5.2 (from
// birth), §9.2 rule 7 (a view differing on plan or category needs a dissent entry before the minutes are final).
import type { Category } from './categories';
import type { ChildDetails } from './child';
import type { Conference } from './conference';
import { OUTCOME_LABELS, isPlanOutcome } from './decision';
import type { Decision, Dissent, Outcome } from './decision';
import type { ItemId, PersonId } from './ids';
import type { AgencyView, Professional } from './professionals';
import { categoriesPhrase, viewDifference } from './view-difference';
import type { ViewDifference } from './view-difference';

/** The significant-harm question for one child, in current wording (Children Act 1989 s47; WT 2018). */
export function significantHarmQuestion(child: Pick<ChildDetails, 'name' | 'unborn'>): string {
  return child.unborn
    ? `Is ${child.name} likely to suffer significant harm after birth?`
    : `Is ${child.name} suffering, or likely to suffer, significant harm?`;
}

/**
 * The outcomes the chair can choose for a child, plan first. An unborn child is made subject to a plan
 * from birth (docs/domain.md §5.2), so it is offered that instead of a plan from today.
 */
export function outcomesFor(child: Pick<ChildDetails, 'unborn'>): Outcome[] {
  return [
    child.unborn ? 'cp-plan-from-birth' : 'cp-plan',
    'cin-plan',
    'early-help',
    'no-further-action',
  ];
}

/**
 * A new decision with the chosen outcome. When the significant-harm question has not been answered yet, the
 * answer that fits the outcome is assumed (a plan means likely significant harm); the chair can change it.
 */
export function newDecision(outcome: Outcome, continuingRisk?: boolean): Decision {
  return {
    continuingRisk: continuingRisk ?? isPlanOutcome(outcome),
    outcome,
    categories: [],
    rationale: '',
    dissent: [],
    familyDisagreement: '',
    complaintInformationGiven: false,
    decidedBy: 'chair',
  };
}

/**
 * The decision with a new outcome. Categories belong only to a child protection plan (docs/domain.md §2.1), so
 * they are cleared when the outcome is not a plan; the returned `clearedCategories` says so, for the screen.
 */
export function withOutcome(
  decision: Decision,
  outcome: Outcome,
): { decision: Decision; clearedCategories: boolean } {
  const clear = !isPlanOutcome(outcome) && decision.categories.length > 0;
  return {
    decision: { ...decision, outcome, ...(clear ? { categories: [] } : {}) },
    clearedCategories: clear,
  };
}

/** A plain-English note when the answer to the question and the outcome do not fit together, else undefined. */
export function questionOutcomeNote(decision: Decision): string | undefined {
  const plan = isPlanOutcome(decision.outcome);
  if (decision.continuingRisk && !plan) {
    return 'The child is likely to suffer significant harm but is not made subject to a child protection plan. This is right only if the conference is satisfied that another multi-agency plan protects the child enough: say why in the rationale.';
  }
  if (!decision.continuingRisk && plan) {
    return 'A child protection plan is for a child who is suffering, or likely to suffer, significant harm. Check the answer to the question.';
  }
  return undefined;
}

/** True when a professional's view differs from the chair's decision, on plan or on category (rule 7). */
export function viewDiffersFromDecision(
  view: Pick<AgencyView, 'supportsPlan' | 'categories'>,
  decision: Pick<Decision, 'outcome' | 'categories'>,
): boolean {
  return viewDifference(view, decision) !== null;
}

/** True when the decision already records a dissent from this professional (matched as rule 7 matches). */
export function hasDissentFrom(
  decision: Pick<Decision, 'dissent'>,
  professional: Pick<Professional, 'id' | 'name'>,
): boolean {
  return decision.dissent.some(
    (x) => x.personId === professional.id || x.name === professional.name,
  );
}

/** A professional whose view differs from the decision for one child, and whether their dissent is recorded. */
export type DissentPrompt = {
  professionalId: PersonId;
  name: string;
  agency: string;
  view: AgencyView;
  /** Whether the view differs on plan or no plan, or agrees on a plan but not on the category. */
  difference: ViewDifference;
  recorded: boolean;
};

/** Every view on the child at `childIndex` that differs from the chair's decision; empty until decided. */
export function dissentPrompts(c: Conference, childIndex: number): DissentPrompt[] {
  const child = c.children[childIndex];
  const decision = child?.decision;
  if (!child || !decision) {
    return [];
  }
  const prompts: DissentPrompt[] = [];
  for (const view of c.agencyViews) {
    const difference = view.childId === child.details.id ? viewDifference(view, decision) : null;
    if (difference === null) {
      continue;
    }
    const pro = c.professionals.find((p) => p.id === view.professionalId);
    prompts.push({
      professionalId: view.professionalId,
      name: pro?.name ?? 'A professional',
      agency: pro?.agency ?? '',
      view,
      difference,
      recorded: pro !== undefined && hasDissentFrom(decision, pro),
    });
  }
  return prompts;
}

/**
 * What a dissenting professional disagrees with, as a first draft the chair can edit: the plan decision, or, when
 * `categories` is given (a category dissent), the category chosen.
 */
export function disagreesWithText(
  childName: string,
  outcome: Outcome,
  categories?: readonly Category[],
): string {
  if (categories !== undefined) {
    return `The category chosen for ${childName}'s child protection plan: ${categoriesPhrase(categories)}.`;
  }
  return isPlanOutcome(outcome)
    ? `The decision that ${childName} should be subject to a child protection plan.`
    : `The decision that ${childName} should not be subject to a child protection plan (${OUTCOME_LABELS[outcome].toLowerCase()}).`;
}

/** A new dissent entry for a professional, with what they disagree with filled in and the reason left blank. */
export function newDissent(
  id: ItemId,
  who: { personId?: PersonId; name: string; agency: string },
  childName: string,
  outcome: Outcome,
  categories?: readonly Category[],
): Dissent {
  return {
    id,
    ...(who.personId === undefined ? {} : { personId: who.personId }),
    name: who.name,
    agency: who.agency,
    disagreesWith: disagreesWithText(childName, outcome, categories),
    text: '',
    escalationRoute: '',
  };
}

/** How the views on one child split, for the chair before deciding. */
export function viewsSummary(c: Conference, childIndex: number): string {
  const child = c.children[childIndex];
  if (!child) {
    return '';
  }
  const views = c.agencyViews.filter((v) => v.childId === child.details.id);
  if (views.length === 0) {
    return 'No professional has given a view on this child yet.';
  }
  const yes = views.filter((v) => v.supportsPlan).length;
  return `Professionals' views: ${yes} for a child protection plan, ${views.length - yes} against.`;
}
