// Keyboard-only journey helpers: the new conference form, the set-up screen and live-mode steps 1–8, each done
// with key presses only (see keyboard.ts), then axe and a screenshot of the screen.
import type { Page } from '@playwright/test';

import { expect } from '../fixtures';

import { box, checkScreen, typed } from './journey';
import type { Journey, Setup } from './journey';
import { chooseOption, chooseRadio, press, tabTo, tick, typeDate, typeInto } from './keyboard';
import { todayIso } from './live-conference';

/** The link to the next step, by Tab and Enter; its heading takes focus. */
export async function kbNext(j: Journey, title: string): Promise<void> {
  await press(j.page, j.page.getByRole('link', { name: `Next: ${title}`, exact: true }));
  await expect(j.page.getByRole('heading', { level: 1, name: title, exact: true })).toBeFocused();
}

const AGENCY_LABELS: Record<string, string> = {
  'childrens-social-care': "Children's social care",
  'health-visitor': 'Health visiting',
  school: 'School',
};

/** Creates and sets up the conference from the conferences home, then starts it. Returns its id. */
export async function kbSetUp(j: Journey, s: Setup): Promise<string> {
  const { page } = j;
  await press(page, page.getByRole('button', { name: 'Start a new conference' }));
  const type = page.getByRole('group', { name: 'Type of conference' });
  await chooseRadio(page, type, type.getByRole('radio', { name: s.type, exact: true }));
  await typeDate(page, page.getByLabel('Date of the conference'), typed(todayIso()));
  await typeDate(
    page,
    page.getByLabel('Date of the strategy discussion that started section 47 enquiries'),
    typed(s.strategyDiscussion),
  );
  await press(page, page.getByRole('button', { name: 'Create conference' }));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Set up the conference' }),
  ).toBeVisible();
  const id = /#\/conference\/([^/]+)\/setup/.exec(page.url())?.[1] ?? '';

  await typeInto(page, box(page, 'Local authority'), 'Fictionshire County Council');
  await typeInto(page, box(page, 'Venue'), s.venue);
  await typeInto(page, box(page, 'Chair'), s.chair);
  await typeInto(page, box(page, 'Minute-taker'), s.minuteTaker);
  const model = page.getByRole('group', { name: 'Practice model' });
  await chooseRadio(page, model, model.getByRole('radio', { name: s.model, exact: true }));

  const addChild = page.getByRole('form', { name: 'Add a child' });
  for (const child of s.children) {
    if ('mother' in child) {
      throw new Error('the keyboard journey has born children only');
    }
    await typeInto(page, box(addChild, "Child's full name"), child.name);
    await typeDate(page, box(addChild, 'Date of birth'), typed(child.born));
    await press(page, addChild.getByRole('button', { name: 'Add child' }));
    await expect(page.getByText(new RegExp(`^${child.name}, born`))).toBeVisible();
  }
  const family = page.getByRole('form', { name: 'Add a family member' });
  for (const m of s.family) {
    await typeInto(page, box(family, "Family member's name"), m.name);
    await typeInto(page, box(family, 'Relationship to the children'), m.relationship);
    await press(page, family.getByRole('button', { name: 'Add family member' }));
    await expect(page.getByText(new RegExp(`^${m.name} \\(`))).toBeVisible();
    const member = page.getByRole('group', { name: m.name, exact: true });
    const pr = member.getByRole('group', { name: 'Has parental responsibility' });
    await chooseRadio(page, pr, pr.getByRole('radio', { name: m.pr ? 'Yes' : 'No' }));
    for (const child of s.children) {
      const name = 'mother' in child ? `Unborn baby of ${child.mother}` : child.name;
      await typeInto(page, box(member, `${m.name}'s relationship to ${name}`), m.relationship);
      const lives = member.getByRole('group', { name: `Lives with ${name}` });
      await chooseRadio(page, lives, lives.getByRole('radio', { name: 'Yes' }));
    }
  }
  const pros = page.getByRole('form', { name: 'Add a professional' });
  for (const p of s.professionals) {
    await typeInto(page, box(pros, "Professional's name"), p.name);
    await typeInto(page, box(pros, 'Role'), p.role);
    await chooseOption(page, pros.getByLabel('Agency type'), AGENCY_LABELS[p.agencyType] ?? '');
    await typeInto(page, box(pros, 'Organisation (optional)'), p.agency);
    await press(page, pros.getByRole('button', { name: 'Add professional' }));
    await expect(page.getByText(`${p.name}, ${p.role}, ${p.agency}`)).toBeVisible();
  }
  await checkScreen(j, 'setup');
  await press(page, page.getByRole('button', { name: 'Start the conference' }));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Introductions and confidentiality statement' }),
  ).toBeFocused();
  return id;
}

/** Steps 1 and 2: the statements, then the register by one-key toggles. */
export async function kbOpening(j: Journey, present: string[]): Promise<void> {
  const { page } = j;
  for (const name of [
    'I have read the confidentiality statement to everyone present',
    'I have read the professional difference statement',
    'I have explained how the conference is recorded',
  ]) {
    await tick(page, page.getByRole('checkbox', { name }));
  }
  await checkScreen(j, 'introductions');
  await kbNext(j, 'Attendance');
  for (const name of present) {
    const toggle = page.getByRole('button', { name: new RegExp(`^${name}: `) });
    await tabTo(page, toggle);
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: new RegExp(`^${name}: Present`) })).toBeFocused();
  }
  await expect(page.getByText(/^The conference is quorate\./)).toBeVisible();
  await checkScreen(j, 'attendance');
}

/** Types into each labelled text box of the step, in order. */
async function fillAll(page: Page, fields: [string, string][]): Promise<void> {
  for (const [label, text] of fields) {
    await typeInto(page, box(page, label), text);
  }
}

/** Steps 3–7: purpose (standard wording by Enter), a report, agency information, parents' and children's views. */
export async function kbDiscussion(
  j: Journey,
  report: { author: string; summary: string },
  information: [string, string][],
  children: { child: string; views: string; how: string; whyNot: string }[],
): Promise<void> {
  const { page } = j;
  await kbNext(j, 'Purpose of the conference');
  await press(page, page.getByRole('button', { name: 'Use the standard wording for the purpose' }));
  await expect(box(page, 'Purpose of the conference')).toHaveValue(/significant harm/);
  await fillAll(page, [['Reason for the conference', 'Noah had unexplained bruising.']]);
  await checkScreen(j, 'purpose');

  await kbNext(j, 'Reports');
  await chooseOption(page, page.getByLabel('Who wrote it'), report.author);
  await press(page, page.getByRole('button', { name: 'Add report' }));
  await typeDate(page, box(page, 'Date received'), '19/11/2026');
  await typeInto(
    page,
    page.getByRole('textbox', { name: /^Summary of the report from / }),
    report.summary,
  );
  await checkScreen(j, 'reports');

  await kbNext(j, 'Information from each agency');
  for (const [who, text] of information) {
    await typeInto(
      page,
      page.getByRole('textbox', { name: new RegExp(`^Information from ${who}`) }),
      text,
    );
  }
  await checkScreen(j, 'agency-information');

  await kbNext(j, "Parents' views");
  await fillAll(page, [["Parents' and carers' views", 'Jade wants help.']]);
  await checkScreen(j, 'parents-views');

  await kbNext(j, "The child's views");
  for (const c of children) {
    await typeInto(page, box(page, `${c.child}'s views, wishes and feelings`), c.views);
    const how = page.getByRole('group', { name: `How ${c.child}'s views were obtained` });
    await tick(page, how.getByRole('checkbox', { name: c.how }));
    await typeInto(page, box(page, `Why ${c.child} did not attend`), c.whyNot);
  }
  await checkScreen(j, 'child-views');
}

/** Step 8, Signs of Safety: the three parts and one score with its reason, typed. */
export async function kbAnalysis(j: Journey, scorer: string): Promise<void> {
  const { page } = j;
  await kbNext(j, 'Analysis (Signs of Safety)');
  await fillAll(page, [
    ['Danger statement', 'Noah could be hurt again.'],
    ['Existing strengths', 'Jade asks for help.'],
    ['Safety goals', 'The children are safe and fed.'],
  ]);
  await typeInto(
    page,
    page.getByRole('spinbutton', { name: `Score from ${scorer}, 0 to 10` }),
    '4',
  );
  await page.keyboard.press('ArrowUp');
  await fillAll(page, [[`Why ${scorer} gave 5`, 'Some help is in place.']]);
  await checkScreen(j, 'analysis');
}
