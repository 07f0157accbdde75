// Live mode of the counted conference, the steps before the decisions: introductions, attendance, purpose, reports,
// information from each agency, parents' views, the children's views and the Signs of Safety analysis.
import type { Locator, Page } from 'playwright-core';

import { STANDARD_PURPOSE } from '../../../shared/domain/discussion';

import type { MoveCounter } from './counter';
import {
  CHILD_VIEWS,
  MOTHER,
  FATHER,
  PARENTS,
  PROFESSIONALS_PRESENT,
  PURPOSE,
  REPORTS,
  SAID,
  SIGNS_OF_SAFETY,
  WIDER,
  todayIso,
} from './scenario';

export const box = (scope: Page | Locator, name: string | RegExp): Locator =>
  scope.getByRole('textbox', { name, exact: typeof name === 'string' });

/** To step `n` (1-based) titled `title`: the agenda link ("before") or Alt+Page Down ("after"). */
export async function toStep(m: MoveCounter, n: number, title: string): Promise<void> {
  m.beginPart(title);
  if (m.way === 'before') {
    await m.click(
      m.page
        .getByRole('navigation', { name: 'Agenda' })
        .getByRole('link', { name: new RegExp(`^${n}\\.`) }),
    );
  } else {
    await m.key('Alt+PageDown');
  }
  await m.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
}

export async function openingSteps(m: MoveCounter): Promise<void> {
  const { page } = m;
  m.beginPart('Start and introductions');
  await m.click(page.getByRole('button', { name: 'Start the conference' }));
  await page
    .getByRole('heading', { level: 1, name: 'Introductions and confidentiality statement' })
    .waitFor();
  for (const tick of [
    'I have read the confidentiality statement to everyone present',
    'I have read the professional difference statement',
    'I have explained how the conference is recorded',
  ]) {
    await m.check(page.getByRole('checkbox', { name: tick }));
  }
  await toStep(m, 2, 'Attendance');
  const everyone = [...PROFESSIONALS_PRESENT, MOTHER, FATHER];
  if (m.way === 'after') {
    await m.click(page.getByRole('button', { name: 'Everyone not yet recorded is present' }));
  } else {
    for (const name of everyone) {
      await m.click(page.getByRole('button', { name: new RegExp(`^${name}: `) }));
    }
  }
  for (const name of everyone) {
    await page.getByRole('button', { name: new RegExp(`^${name}: Present`) }).waitFor();
  }
  await toStep(m, 3, 'Purpose of the conference');
  if (m.way === 'after') {
    await m.click(page.getByRole('button', { name: 'Use the standard wording for the purpose' }));
  } else {
    await m.fill(box(page, 'Purpose of the conference'), STANDARD_PURPOSE);
  }
  await m.fill(box(page, 'Reason for the conference'), PURPOSE.reason);
  await m.fill(box(page, 'Outcome of the section 47 enquiries'), PURPOSE.s47);
  await m.fill(box(page, 'Background and history'), PURPOSE.background);
  await reports(m);
}

async function reports(m: MoveCounter): Promise<void> {
  const { page } = m;
  await toStep(m, 4, 'Reports');
  for (const r of REPORTS) {
    if (m.way === 'after') {
      await m.click(page.getByRole('button', { name: `Add a report from ${r.author}` }));
    } else {
      const who = page.getByRole('combobox', { name: 'Who wrote it' });
      const label = await who
        .locator('option')
        .filter({ hasText: new RegExp(`^${r.author}`) })
        .first()
        .textContent();
      await m.select(who, label ?? r.author);
      await m.click(page.getByRole('button', { name: 'Add report' }));
    }
    const card = page.getByRole('region', { name: new RegExp(`^Report from ${r.author}`) });
    await m.date(box(card, 'Date received'), todayIso());
    await m.fill(box(card, new RegExp(`^Summary of the report from ${r.author}`)), r.summary);
  }
}

export async function discussionSteps(m: MoveCounter): Promise<void> {
  const { page } = m;
  await toStep(m, 5, 'Information from each agency');
  for (const [who, text] of Object.entries(SAID)) {
    await m.fill(box(page, new RegExp(`^Information from ${who}`)), text);
  }
  await toStep(m, 6, "Parents' views");
  await m.fill(box(page, "Parents' and carers' views"), PARENTS);
  await m.fill(box(page, "Wider family's views"), WIDER);
  await toStep(m, 7, "The child's views");
  for (const v of CHILD_VIEWS) {
    await m.fill(box(page, `${v.child}'s views, wishes and feelings`), v.views);
    await m.check(
      page
        .getByRole('group', { name: `How ${v.child}'s views were obtained` })
        .getByRole('checkbox', { name: v.how }),
    );
    await m.fill(box(page, `Why ${v.child} did not attend`), v.why);
  }
  await toStep(m, 8, 'Analysis (Signs of Safety)');
  await m.fill(box(page, 'Danger statement'), SIGNS_OF_SAFETY.danger);
  await m.fill(box(page, 'Existing strengths'), SIGNS_OF_SAFETY.strengths);
  await m.fill(box(page, 'Safety goals'), SIGNS_OF_SAFETY.goals);
  for (const s of SIGNS_OF_SAFETY.scores) {
    await m.fill(
      page.getByRole('spinbutton', { name: `Score from ${s.who}, 0 to 10` }),
      String(s.score),
    );
    await m.fill(box(page, `Why ${s.who} gave ${s.score}`), s.why);
  }
}
