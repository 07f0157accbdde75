// Page helpers for the decision spec: open a live-mode step, reach a control by Tab alone, and drive the outline
// plan (the actions table by keyboard only) and core group steps of the sibling group.
import type { Locator, Page } from '@playwright/test';

import { expect, expectNoAxeViolations, screenshot } from '../fixtures';

/** Opens a live-mode step by its hash and waits for its heading. */
export async function openStep(page: Page, id: string, step: string, title: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/conference/${id}/live/${step}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Presses Tab until `target` has focus (at most `max` times): the keyboard-only way to reach a control. */
export async function tabTo(page: Page, target: Locator, max = 12): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Types one action row from its first field, moving between the four fields with Tab. */
async function typeAction(page: Page, what: string, who: string, byWhen: string, how: string) {
  await page.keyboard.type(what);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who);
  await page.keyboard.press('Tab');
  await page.keyboard.type(byWhen);
  await page.keyboard.press('Tab');
  await page.keyboard.type(how);
}

/** Mia's plan (lead, three actions added, reordered and one removed by keyboard) and Noah's, copied from Mia's. */
export async function outlinePlans(page: Page, id: string): Promise<void> {
  await openStep(page, id, 'outline-plan', 'Outline child protection plan');
  await expect(page.getByRole('region', { name: 'Outline plan for Ava Example' })).toHaveCount(0);
  const mia = page.getByRole('region', { name: 'Outline plan for Mia Example' });
  await mia
    .getByLabel('Lead social worker for Mia Example')
    .selectOption({ label: 'Tom Placeholder, Social worker, Fictionshire Children’s Services' });
  await expect(mia.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(
    'Tom Placeholder',
  );
  await expect(
    page.getByText(
      'Tom Placeholder is the lead social worker and has been added to the core group.',
    ),
  ).toBeAttached();

  // The actions table, keyboard only: add three, move the third up twice, remove one.
  const addAction = mia.getByRole('button', { name: 'Add an action' });
  const actions = mia.getByRole('table', { name: 'Actions for Mia Example' });
  await tabTo(page, addAction, 80);
  const rows: [string, string, string, string][] = [
    [
      'Attend the parenting course',
      'Jade Example',
      '27/2/2026',
      'The course leader confirms attendance.',
    ],
    ['Visit Mia at home every two weeks', 'Tom Placeholder', '19/1/2026', 'Visits are recorded.'],
    [
      'Book and attend the dental appointment',
      'Jade Example',
      '13/2/2026',
      'The health visitor sees the letter.',
    ],
  ];
  for (const [n, row] of rows.entries()) {
    await page.keyboard.press('Enter');
    await expect(
      actions.getByRole('textbox', { name: `Action ${n + 1}: what will be done` }),
    ).toBeFocused();
    await typeAction(page, ...row);
    await tabTo(page, addAction);
  }
  await expect(actions.getByRole('textbox', { name: 'Action 3: by when' })).toHaveValue(
    '13 February 2026',
  );
  const what3 = actions.getByRole('textbox', { name: 'Action 3: what will be done' });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(what3).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  const what2 = actions.getByRole('textbox', { name: 'Action 2: what will be done' });
  await expect(what2).toBeFocused();
  await expect(what2).toHaveValue('Book and attend the dental appointment');
  await expect(
    mia.getByRole('status').filter({ hasText: 'Action moved up to position 2 of 3.' }),
  ).toBeAttached();
  const up2 = actions.getByRole('button', { name: 'Move action 2 up' });
  await tabTo(page, up2);
  await page.keyboard.press('Enter');
  const up1 = actions.getByRole('button', { name: 'Move action 1 up' });
  await expect(up1).toBeFocused();
  await expect(actions.getByRole('textbox', { name: 'Action 1: what will be done' })).toHaveValue(
    'Book and attend the dental appointment',
  );
  await page.keyboard.press('Enter');
  await expect(up1).toBeFocused();
  await expect(
    mia.getByRole('status').filter({ hasText: 'Action 1 is already first.' }),
  ).toBeAttached();
  // Remove the last action: focus moves to the row before it, and the change is announced.
  const remove3 = actions.getByRole('button', { name: 'Remove action 3' });
  await tabTo(page, remove3, 20);
  await expect(actions.getByRole('textbox', { name: 'Action 3: what will be done' })).toHaveValue(
    'Visit Mia at home every two weeks',
  );
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('button', { name: 'Remove action 2' })).toBeFocused();
  await expect(
    mia.getByRole('status').filter({ hasText: 'Action 3 removed. 2 left.' }),
  ).toBeAttached();
  await expect(actions.getByRole('row')).toHaveCount(3);
  await expect(actions.getByRole('textbox', { name: 'Action 2: what will be done' })).toHaveValue(
    'Attend the parenting course',
  );
  await mia
    .getByRole('textbox', { name: 'Contingency plan' })
    .fill('If the plan is not followed, the local authority will seek legal advice.');
  await mia
    .getByRole('textbox', { name: 'Root causes: what has led to the concerns' })
    .fill('Parental low mood and chaotic routines.');
  await mia.getByRole('button', { name: 'Add a short-term outcome' }).click();
  await mia
    .getByRole('textbox', { name: 'Short-term outcome 1: outcome for the child' })
    .fill('Mia has three meals a day.');
  await mia
    .getByRole('textbox', { name: 'Who checks Mia Example is safe and well day to day' })
    .fill('Nursery staff, each weekday.');

  const noah = page.getByRole('region', { name: 'Outline plan for Noah Example' });
  await noah.getByRole('button', { name: /^Copy from Mia Example.s plan$/ }).click();
  await expect(noah.getByRole('textbox', { name: 'Contingency plan' })).toHaveValue(
    'If the plan is not followed, the local authority will seek legal advice.',
  );
  await expect(
    noah
      .getByRole('table', { name: 'Short-term outcomes for Noah Example' })
      .getByText('None yet.'),
  ).toBeVisible();
  await noah.getByRole('button', { name: 'Add a long-term outcome' }).click();
  await noah
    .getByRole('textbox', { name: 'Long-term outcome 1: outcome for the child' })
    .fill('Noah feels safe at home.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'decision-04-outline-plan');
}

/** Core groups and dates: the defaults and rules shown, a late date warned and corrected. */
export async function coreGroups(page: Page, id: string): Promise<void> {
  await openStep(page, id, 'core-group', 'Core group and dates');
  for (const child of ['Mia Example', 'Noah Example']) {
    const section = page.getByRole('region', { name: child });
    await expect(section.getByRole('checkbox', { name: /^Tom Placeholder/ })).toBeChecked();
    for (const who of [/^Priya Sampleton/, /^Jade Example/, /^Liam Example/]) {
      await section.getByRole('checkbox', { name: who }).check();
    }
    await expect(section.getByText('The core group has everyone it needs.')).toBeVisible();
    await expect(
      section.getByRole('textbox', { name: 'Date of the first core group' }),
    ).toHaveValue('19 January 2026');
    await expect(
      section.getByText(
        'Latest: 19 January 2026, 10 working days after the conference on 5 January 2026 (day 0).',
      ),
    ).toBeVisible();
    await expect(
      section.getByRole('textbox', { name: 'Date of the review conference' }),
    ).toHaveValue('2 April 2026');
  }
  const miaTime = page
    .getByRole('region', { name: 'Mia Example' })
    .getByRole('textbox', { name: 'Time of the first core group' });
  await miaTime.fill('25:00');
  await miaTime.press('Enter');
  await expect(page.getByText('Enter a 24-hour time such as 10:00 or 14:30.')).toBeVisible();
  await miaTime.fill('9.30');
  await miaTime.press('Enter');
  await expect(miaTime).toHaveValue('09:30');
  await expect(page.getByText('Enter a 24-hour time such as 10:00 or 14:30.')).toBeHidden();
  const noah = page.getByRole('region', { name: 'Noah Example' });
  const noahDate = noah.getByRole('textbox', { name: 'Date of the first core group' });
  await noahDate.fill('26/1/2026');
  await noahDate.press('Enter');
  await expect(
    noah.getByText(
      'The first core group on 26 January 2026 is after the latest date, 19 January 2026. Bring it forward to 19 January 2026 or earlier.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'decision-05-core-group-late');
  await noahDate.fill('16/1/2026');
  await noahDate.press('Enter');
  await expect(noah.getByText(/is after the latest date/)).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await screenshot(page, 'decision-06-core-group');
}
