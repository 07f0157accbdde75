// A plan a pre-birth conference makes from birth: the list shows "At birth (expected …)", never the conference day,
// until the list manager records the birth on the child's page; then the plan starts on the day of birth and the
// baby is listed by name and date of birth (docs/domain.md §5.2). Fictional people.
import { formatDate } from '../../shared/domain/format-en-gb';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';
import { fromToday, seedDecidedConference } from './pages/list-seed';

test('a plan from birth reads "At birth" until the birth is recorded, then starts that day', async ({
  app,
}) => {
  await createVaultByRpc(app);
  const conferenceDay = fromToday(-40);
  const expected = fromToday(-1);
  const born = fromToday(-3);
  await seedDecidedConference(
    app,
    conferenceDay,
    [
      {
        id: 'baby-sampleton',
        name: 'Unborn baby of Jade Sampleton',
        unborn: true,
        expectedDeliveryDate: expected,
        outcome: 'cp-plan-from-birth',
        address: '9 Fable Street, Fictionton FT1 1AA',
        lead: 'Tom Placeholder',
      },
    ],
    'pre-birth-initial',
  );
  await app.evaluate(() => {
    window.location.hash = '#/list';
  });
  const row = app.locator('tbody tr[aria-rowindex]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`At birth (expected ${formatDate(expected)})`);
  await expect(row).not.toContainText(formatDate(conferenceDay));

  await app.getByRole('link', { name: 'Unborn baby of Jade Sampleton' }).click();
  await expect(
    app.getByText(
      `Subject to a child protection plan from birth (the baby is expected on ${formatDate(expected)})`,
    ),
  ).toBeVisible();
  const form = app.getByRole('region', { name: 'Record the birth' });
  await expect(form).toBeVisible();
  await expectNoAxeViolations(app);
  await app.setViewportSize({ width: 1024, height: 768 });
  await screenshot(app, 'list-birth-01-awaiting-1024');
  await app.setViewportSize({ width: 1280, height: 800 });

  // A birth after today is refused beside the form, and nothing changes.
  await form.getByLabel('Date of birth').fill(formatDate(fromToday(1)));
  await form.getByRole('button', { name: 'Record the birth' }).click();
  await expect(app.getByText(/between the pre-birth conference and today/).first()).toBeVisible();

  await form.getByLabel('Date of birth').fill(formatDate(born));
  await form.getByLabel('Baby’s name (optional)').fill('Rosa Sampleton');
  await form.getByRole('button', { name: 'Record the birth' }).click();
  await expect(
    app.getByText(
      `Birth on ${formatDate(born)} recorded for Rosa Sampleton: the plan started that day.`,
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  await expect(app.getByRole('heading', { level: 1, name: 'Rosa Sampleton' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Record the birth' })).toHaveCount(0);
  const history = app.getByRole('table', { name: 'Plan history, oldest first' });
  await expect(history).toContainText(formatDate(born));
  await screenshot(app, 'list-birth-02-born');

  await app.evaluate(() => {
    window.location.hash = '#/list';
  });
  await expect(row).toContainText('Rosa Sampleton');
  await expect(row).toContainText(formatDate(born));
  await expect(row).not.toContainText('At birth');
});
