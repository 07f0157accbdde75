// A child transferred in from another authority is added from the list screens (originating authority,
// plan start, categories with the primary, lead social worker, next review), appears on the list with where the plan
// came from, and the same child cannot be added twice. The empty form lists every problem; en-GB dates typed as text.
// axe on every state; screenshots looked at by hand. Fictional people only.
import { formatDate } from '../../shared/domain/format-en-gb';
import { transferInDueDate } from '../../shared/domain/due-dates';
import { ENGLAND_DEFAULTS } from '../../shared/domain/config-defaults';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { fromToday } from './pages/list-seed';

/** "5/1/2026" from '2026-01-05', as a person types it. */
const typed = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
};

test('a child transferred in is added to the list, once', async ({ app }) => {
  await createVaultByRpc(app);
  await app.getByRole('link', { name: 'Children subject to a child protection plan' }).click();
  await app.getByRole('link', { name: 'Add a child transferred in' }).click();
  const title = 'Add a child transferred in from another authority';
  await expect(app.getByRole('heading', { level: 1, name: title })).toBeFocused();
  await expectNoAxeViolations(app);

  // Nothing given: every missing detail is listed, in the order of the form, and shown by its field.
  await app.getByRole('button', { name: 'Add the child to the list' }).click();
  const problems = app.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('listitem')).toHaveText([
    "Child's name: Enter the child's name.",
    "Date of birth: Enter the child's date of birth.",
    'Authority the child moved from: Enter the authority the child moved from.',
    'Date the plan started there: Enter the date the plan started in the other authority.',
    'Date this authority was told of the move: Enter the date this authority was told of the move.',
    'Categories of abuse or neglect: Choose at least one category.',
  ]);
  await expect(app.getByLabel("Child's name")).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-transfer-in-01-problems');

  // Filled in from the keyboard; dates typed the British way.
  const notified = fromToday(-3);
  const start = fromToday(-120);
  const review = fromToday(40);
  await app.getByLabel("Child's name").fill('Maya Sampleton');
  // A field's inline error goes once it is changed.
  await expect(app.getByLabel("Child's name")).not.toHaveAttribute('aria-invalid');
  await app.getByLabel('Date of birth').fill('1/8/2019');
  await app.getByLabel('Address', { exact: true }).fill('4 Nowhere Street, Fictionton FT1 2AB');
  await app.getByLabel('NHS number (optional)').fill('999 000 0018');
  await app.getByLabel('Authority the child moved from').fill('Imaginary Borough Council');
  await app.getByLabel('Date the plan started there').fill(typed(start));
  await app.getByLabel('Date this authority was told of the move').fill(typed(notified));
  await app.keyboard.press('Tab');
  const due = transferInDueDate(notified, ENGLAND_DEFAULTS).date;
  await expect(app.getByText(`Transfer-in conference due by ${formatDate(due)}`)).toBeVisible();
  await expect(app.getByLabel('Date of birth')).toHaveValue('1 August 2019');
  await app.getByRole('checkbox', { name: 'Neglect' }).check();
  await app.getByRole('checkbox', { name: 'Emotional abuse' }).check();
  const primary = app.getByRole('group', { name: 'Primary category' });
  await primary.getByRole('radio', { name: 'Emotional abuse' }).check();
  const lead = app.getByRole('group', { name: 'Lead social worker here (optional)' });
  await lead.getByLabel('Name').fill('Tom Placeholder');
  await lead.getByLabel('Team').fill('Fictional Safeguarding Team 2');
  await lead.getByLabel('Phone or email').fill('01632 960000');
  await app.getByLabel('Next review due').fill(typed(review));
  await app.getByLabel('Next review due').press('Tab');
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-transfer-in-02-filled');

  await app.getByRole('button', { name: 'Add the child to the list' }).click();
  await expect(
    app.getByRole('status').filter({ hasText: 'Maya Sampleton is now on the list' }),
  ).toContainText(`The transfer-in conference here is due by ${formatDate(due)}.`);
  await expectNoAxeViolations(app);
  await screenshot(app, 'list-transfer-in-03-added');

  // The child's page and the list say where the plan came from; the primary category is first.
  await app.getByRole('link', { name: "Open Maya Sampleton's page" }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Maya Sampleton' })).toBeFocused();
  await expect(app.getByText(/made by Imaginary Borough Council/)).toBeVisible();
  await app.getByRole('link', { name: 'Children subject to a plan', exact: true }).click();
  const rows = app.locator('tbody tr[aria-rowindex]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Transferred in from Imaginary Borough Council');
  await expect(rows.first().locator('td').nth(2)).toHaveText('Emotional abuse (primary)\nNeglect', {
    useInnerText: true,
  });
  await expect(rows.first()).toContainText(formatDate(review));

  // The same child again is refused: they are already subject to a plan on the list.
  await app.getByRole('link', { name: 'Add a child transferred in' }).click();
  await app.getByLabel("Child's name").fill('Maya Sampleton');
  await app.getByLabel('Date of birth').fill('1/8/2019');
  await app.getByLabel('NHS number (optional)').fill('9990000018');
  await app.getByLabel('Authority the child moved from').fill('Imaginary Borough Council');
  await app.getByLabel('Date the plan started there').fill(typed(start));
  await app.getByLabel('Date this authority was told of the move').fill(typed(notified));
  await app.getByRole('checkbox', { name: 'Neglect' }).check();
  await app.getByRole('button', { name: 'Add the child to the list' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'already subject to a plan on the list',
  );
  await expectNoAxeViolations(app);
  await app.getByRole('link', { name: 'Children subject to a plan', exact: true }).click();
  await expect(rows).toHaveCount(1);
});
