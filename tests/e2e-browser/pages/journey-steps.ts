// Page helpers for the journeys: the live-mode steps before the decisions (introductions, attendance, purpose,
// reports, agency information, parents' views, the child's views, analysis) and the chair's summary with the
// ready-for-sign-off panel. Each helper fills its step as a chair would, then checks and photographs the screen.
import { expect } from '../fixtures';

import { box, checkScreen, nextStep } from './journey';
import type { Journey } from './journey';

/** What differs between journeys in steps 1 to 4 (introductions, attendance, purpose, reports). */
export type Opening = {
  present: string[];
  apologies?: string[];
  /** Given when the conference is expected not to be quorate: the chair's reason for going ahead. */
  reason?: string;
  purpose: { reason: string; s47: string; background: string };
  reports: { author: string; summary: string }[];
  /** The date every report was received, typed d/m/yyyy. */
  receivedOn: string;
};

/** Steps 1 to 4 in order, each checked and photographed. */
export async function openingSteps(j: Journey, o: Opening): Promise<void> {
  await introductions(j);
  await attendance(j, o.present, o.apologies ?? [], o.reason);
  await purpose(j, o.purpose);
  await reports(j, o.reports, o.receivedOn);
}

/** What differs between journeys in steps 5 to 7 (agency information, parents' views, the child's views). */
export type Discussion = {
  /** What each professional taking part said, by name. */
  said: Record<string, string>;
  parents: string;
  wider: string;
  children: ChildViews[];
};

/** Steps 5 to 7 in order, each checked and photographed. */
export async function discussionSteps(j: Journey, d: Discussion): Promise<void> {
  await agencyInformation(j, d.said);
  await parentsViews(j, d.parents, d.wider);
  await childViews(j, d.children);
}

/** Step 1: every statement read out and ticked. */
export async function introductions(j: Journey): Promise<void> {
  for (const tick of [
    'I have read the confidentiality statement to everyone present',
    'I have read the professional difference statement',
    'I have explained how the conference is recorded',
  ]) {
    await j.page.getByRole('checkbox', { name: tick }).check();
  }
  await expect(
    j.page.getByRole('navigation', { name: 'Agenda' }).getByRole('link', { name: /^1\..*✓ Done/ }),
  ).toBeVisible();
  await checkScreen(j, 'introductions');
}

/**
 * Step 2: the register by one-key toggles (P present, A apologies). When `reason` is given the conference is
 * expected not to be quorate and the chair records why it goes ahead.
 */
export async function attendance(
  j: Journey,
  present: string[],
  apologies: string[],
  reason?: string,
): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Attendance');
  for (const [names, key] of [
    [present, 'p'],
    [apologies, 'a'],
  ] as const) {
    for (const name of names) {
      await page.getByRole('button', { name: new RegExp(`^${name}: `) }).focus();
      await page.keyboard.press(key);
      await expect(
        page.getByRole('button', {
          name: new RegExp(`^${name}: ${key === 'p' ? 'Present' : 'Apologies'}`),
        }),
      ).toBeVisible();
    }
  }
  if (reason === undefined) {
    await expect(page.getByText(/^The conference is quorate\./)).toBeVisible();
  } else {
    await expect(page.getByText(/^The conference is not quorate:/)).toBeVisible();
    await page.getByRole('textbox', { name: /chair's reason for going ahead/ }).fill(reason);
    await page.getByRole('checkbox', { name: 'An early review has been considered' }).check();
  }
  await checkScreen(j, 'attendance');
}

/** Step 3: the standard purpose, the reason, the section 47 outcome and the background. */
export async function purpose(
  j: Journey,
  text: { reason: string; s47: string; background: string },
): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Purpose of the conference');
  await page.getByRole('button', { name: 'Use the standard wording for the purpose' }).click();
  await expect(box(page, 'Purpose of the conference')).toHaveValue(/significant harm/);
  await box(page, 'Reason for the conference').fill(text.reason);
  await box(page, 'Outcome of the section 47 enquiries').fill(text.s47);
  await box(page, 'Background and history').fill(text.background);
  await checkScreen(j, 'purpose');
}

/** Step 4: one report per author chosen from the professionals, received on `receivedOn` (typed d/m/yyyy). */
export async function reports(
  j: Journey,
  items: { author: string; summary: string }[],
  receivedOn: string,
): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Reports');
  for (const item of items) {
    await page.getByRole('combobox', { name: 'Who wrote it' }).selectOption({ label: item.author });
    await page.getByRole('button', { name: 'Add report' }).click();
  }
  const who = (label: string) => label.split(',')[0] ?? label;
  for (const item of items) {
    const card = page.getByRole('region', { name: new RegExp(`^Report from ${who(item.author)}`) });
    const received = box(card, 'Date received');
    await received.fill(receivedOn);
    await received.press('Enter');
    await expect(received).toHaveValue(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await card
      .getByRole('textbox', { name: new RegExp(`^Summary of the report from ${who(item.author)}`) })
      .fill(item.summary);
  }
  await checkScreen(j, 'reports');
}

/** Step 5: what each professional taking part told the conference. */
export async function agencyInformation(j: Journey, said: Record<string, string>): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Information from each agency');
  await expect(page.getByRole('textbox', { name: /^Information from / })).toHaveCount(
    Object.keys(said).length,
  );
  for (const [who, text] of Object.entries(said)) {
    await page.getByRole('textbox', { name: new RegExp(`^Information from ${who}`) }).fill(text);
  }
  await checkScreen(j, 'agency-information');
}

/** Step 6: the parents' and the wider family's views. */
export async function parentsViews(j: Journey, parents: string, wider: string): Promise<void> {
  await nextStep(j, "Parents' views");
  await box(j.page, "Parents' and carers' views").fill(parents);
  await box(j.page, "Wider family's views").fill(wider);
  await checkScreen(j, 'parents-views');
}

export type ChildViews = { child: string; views: string; how: string; whyNotThere: string };

/** Step 7: each child's views, how they were obtained and why the child did not attend. */
export async function childViews(j: Journey, all: ChildViews[]): Promise<void> {
  const { page } = j;
  await nextStep(j, "The child's views");
  for (const v of all) {
    await box(page, `${v.child}'s views, wishes and feelings`).fill(v.views);
    await page
      .getByRole('group', { name: `How ${v.child}'s views were obtained` })
      .getByRole('checkbox', { name: v.how })
      .check();
    await box(page, `Why ${v.child} did not attend`).fill(v.whyNotThere);
  }
  await checkScreen(j, 'child-views');
}

/** Step 8, standard model: strengths and concerns. */
export async function analysis(j: Journey, strengths: string, concerns: string): Promise<void> {
  await nextStep(j, 'Analysis');
  await box(j.page, 'Strengths and protective factors').fill(strengths);
  await box(j.page, 'Concerns and risks').fill(concerns);
  await checkScreen(j, 'analysis');
}

/** Step 8, Signs of Safety: the three required parts and a 0–10 score with its reason from each scorer. */
export async function signsOfSafety(
  j: Journey,
  text: { danger: string; strengths: string; goals: string },
  scores: { who: string; score: number; why: string }[],
): Promise<void> {
  const { page } = j;
  await nextStep(j, 'Analysis (Signs of Safety)');
  await box(page, 'Danger statement').fill(text.danger);
  await box(page, 'Existing strengths').fill(text.strengths);
  await box(page, 'Safety goals').fill(text.goals);
  for (const s of scores) {
    await page
      .getByRole('spinbutton', { name: `Score from ${s.who}, 0 to 10` })
      .fill(String(s.score));
    await box(page, `Why ${s.who} gave ${s.score}`).fill(s.why);
  }
  await checkScreen(j, 'analysis');
}

/**
 * The chair's summary, then the ready-for-sign-off panel: no blockers, "Mark as ready for sign-off", and the
 * status "Awaiting sign-off".
 */
export async function summaryAndReady(j: Journey, summary: string): Promise<void> {
  const { page } = j;
  await nextStep(j, "Chair's summary");
  await box(page, "Chair's summary").fill(summary);
  const panel = page.getByRole('region', { name: 'Ready for sign-off?' });
  await expect(panel.getByText(/^Nothing blocks sign-off\./)).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Blocks sign-off' })).toHaveCount(0);
  await expect(
    page.getByRole('navigation', { name: 'Agenda' }).getByText('14 of 14 steps done'),
  ).toBeVisible();
  await checkScreen(j, 'summary-ready');
  await panel.getByRole('button', { name: 'Mark as ready for sign-off' }).click();
  await expect(panel.getByText('This record is awaiting sign-off.')).toBeVisible();
  await expect(page.getByText(/· Awaiting sign-off$/)).toBeVisible();
  await checkScreen(j, 'awaiting-sign-off');
}
