// Fewer moves for a sibling group: the agency views of three children from every professional, recorded the old
// way (row by row) and the new way ("Same as above", "Apply to every child"), counted as clicks + keys + text
// fields filled. Both ways must store the same views; the new way must take at most two thirds of the moves.
// The same count is printed by `npm run bench` as ui.moves_sibling_group.
import {
  recordViews,
  seedSiblingGroup,
  sortViews,
  storedViews,
  targetViews,
  totalMoves,
} from '../support/moves-scenario';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';

test('the sibling group’s agency views take a third fewer moves with copy keys', async ({
  app,
}) => {
  test.setTimeout(240_000);
  await createVaultByRpc(app);
  const origin = new URL(app.url()).origin;
  const oldWay = await seedSiblingGroup(app);
  const newWay = await seedSiblingGroup(app);

  const before = await recordViews(app, origin, oldWay, 'before');
  const expected = sortViews(targetViews());
  expect(await storedViews(app, oldWay)).toEqual(expected);

  const after = await recordViews(app, origin, newWay, 'after');
  expect(await storedViews(app, newWay)).toEqual(expected);
  await expectNoAxeViolations(app);
  await screenshot(app, 'moves-agency-views-after');

  console.log(`moves before ${JSON.stringify(before)} after ${JSON.stringify(after)}`);
  expect(totalMoves(after)).toBeLessThanOrEqual((totalMoves(before) * 2) / 3);
});

test('S copies the row above and A applies a view to every child, from the keyboard', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createVaultByRpc(app);
  const origin = new URL(app.url()).origin;
  const id = await seedSiblingGroup(app);
  await app.goto(`${origin}/#/conference/${id}/live/agency-views`);
  const mia = app.getByRole('region', { name: 'Mia Example', exact: true });
  const rows = mia.locator('tbody tr');
  const first = rows.nth(0);
  await first.getByRole('radio', { name: 'No plan' }).focus();
  await app.keyboard.press('y');
  await first.getByRole('checkbox', { name: 'Neglect' }).check();
  await first.getByRole('textbox').fill('Basic needs are not met.');
  await first.getByRole('textbox').blur();
  // S on the second row copies the first; A on it gives the same view on every child.
  const second = rows.nth(1);
  await second.getByRole('radio', { name: 'No plan' }).focus();
  await app.keyboard.press('s');
  await expect(second.getByRole('radio', { name: 'Plan', exact: true })).toBeChecked();
  await expect(second.getByRole('checkbox', { name: 'Neglect' })).toBeChecked();
  await expect(second.getByRole('textbox')).toHaveValue('Basic needs are not met.');
  await second.getByRole('radio', { name: 'Plan', exact: true }).focus();
  await app.keyboard.press('a');
  for (const child of ['Noah Example', 'Ava Example']) {
    const row = app.getByRole('region', { name: child, exact: true }).locator('tbody tr').nth(1);
    await expect(row.getByRole('checkbox', { name: 'Neglect' })).toBeChecked();
    await expect(row.getByRole('textbox')).toHaveValue('Basic needs are not met.');
  }
  // A letter typed in the reason box stays a letter.
  await second.getByRole('textbox').press('End');
  await second.getByRole('textbox').press('s');
  await expect(second.getByRole('textbox')).toHaveValue('Basic needs are not met.s');
});
