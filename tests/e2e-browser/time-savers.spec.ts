// The meeting-room time-savers one by one (docs/room.md), at 1024×768 with axe: the agency type from the role,
// "… to every child" in the household, the focus back on the first field after an add, "Everyone not yet recorded
// is present", a report in one click, "Add the parents and carers" and "Copy … core group". Each fills only what
// is not yet answered and can be changed after.
import { isPlanOutcome } from '../../shared/domain/decision';
import { aDocumentConference } from '../fixtures/documents';

import { expect, expectNoAxeViolations, screenshot, test } from './fixtures';
import { storeCompleteConference } from './pages/complete-conference';
import { createVaultByRpc } from './pages/conference-vault';
import { createLiveConference, openHash } from './pages/live-conference';

test.use({ viewport: { width: 1024, height: 768 } });

test('set-up: the agency type follows the role, one answer for every child, focus back after an add', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createVaultByRpc(app);
  await createLiveConference(app);
  const jade = app.getByRole('group', { name: 'Jade Example', exact: true });
  await jade
    .getByRole('textbox', { name: "Jade Example's relationship to Noah Example" })
    .fill('Stepmother');
  await jade.getByRole('textbox', { name: "Jade Example's relationship to Noah Example" }).blur();
  await jade.getByRole('button', { name: 'Mother to every child' }).click();
  await expect(
    jade.getByRole('textbox', { name: "Jade Example's relationship to Mia Example" }),
  ).toHaveValue('Mother');
  await expect(
    jade.getByRole('textbox', { name: "Jade Example's relationship to Noah Example" }),
  ).toHaveValue('Stepmother');
  await expect(jade.getByRole('button', { name: 'Mother to every child' })).toHaveCount(0);
  // One child already answered "No": "Lives with every child" keeps it.
  await jade
    .getByRole('group', { name: 'Lives with Noah Example' })
    .getByRole('radio', { name: 'No' })
    .check();
  await jade.getByRole('button', { name: 'Lives with every child' }).click();
  await expect(
    jade.getByRole('group', { name: 'Lives with Mia Example' }).getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  await expect(
    jade.getByRole('group', { name: 'Lives with Noah Example' }).getByRole('radio', { name: 'No' }),
  ).toBeChecked();
  await expect(jade.getByRole('button', { name: 'Lives with every child' })).toHaveCount(0);

  const pros = app.getByRole('form', { name: 'Add a professional' });
  const type = pros.getByLabel('Agency type');
  await pros.getByRole('textbox', { name: "Professional's name" }).fill('Kim Madeup');
  await pros.getByRole('textbox', { name: 'Role' }).fill('Community midwife');
  await expect(type).toHaveValue('midwifery');
  await expect(pros.getByText('Chosen from the role. Change it if it is wrong.')).toBeVisible();
  await expectNoAxeViolations(app);
  await screenshot(app, 'time-savers-setup-1024');
  // The chair's own choice wins over the role.
  await type.selectOption('other');
  await pros.getByRole('textbox', { name: 'Role' }).fill('Health visitor');
  await expect(type).toHaveValue('other');
  await pros.getByRole('textbox', { name: 'Organisation (optional)' }).press('Enter');
  await expect(app.getByText('Kim Madeup, Health visitor, Other')).toBeVisible();
  await expect(pros.getByRole('textbox', { name: "Professional's name" })).toBeFocused();
  // The next professional starts again from the role.
  await expect(type).toHaveValue('childrens-social-care');
  await pros.getByRole('textbox', { name: 'Role' }).fill('PC');
  await expect(type).toHaveValue('police');

  const kids = app.getByRole('form', { name: 'Add a child' });
  await kids.getByRole('textbox', { name: "Child's full name" }).fill('Ava Example');
  await kids.getByRole('textbox', { name: 'Date of birth' }).fill('20/9/2016');
  await kids.getByRole('textbox', { name: 'Date of birth' }).press('Enter');
  await expect(app.getByText(/^Ava Example, born 20 September 2016/)).toBeVisible();
  await expect(kids.getByRole('textbox', { name: "Child's full name" })).toBeFocused();
  // A third child is not answered yet, so the offer comes back for Ava alone.
  await jade.getByRole('button', { name: 'Mother to every child' }).click();
  await expect(
    jade.getByRole('textbox', { name: "Jade Example's relationship to Ava Example" }),
  ).toHaveValue('Mother');
  await expect(
    jade.getByRole('textbox', { name: "Jade Example's relationship to Noah Example" }),
  ).toHaveValue('Stepmother');
});

test('live: everyone not yet recorded is present; a sibling’s core group copied', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await createVaultByRpc(app);
  const source = aDocumentConference();
  const plans = source.children.filter((ch) => ch.decision && isPlanOutcome(ch.decision.outcome));
  const [first, second] = plans;
  const lead = second?.plan?.coreGroup[0];
  if (!first?.plan || !second?.plan || !lead) {
    throw new Error('the fixture needs two plan children with core groups');
  }
  const away = source.professionals[1];
  if (!away) {
    throw new Error('the fixture needs professionals');
  }
  const id = await storeCompleteConference(app, {
    ...source,
    attendance: [{ personId: away.id, status: 'apologies' }],
    children: source.children.map((ch) =>
      ch === second && ch.plan ? { ...ch, plan: { ...ch.plan, coreGroup: [lead] } } : ch,
    ),
  });

  await openHash(app, `#/conference/${id}/live/attendance`);
  const everyone = app.getByRole('button', { name: 'Everyone not yet recorded is present' });
  await expectNoAxeViolations(app);
  await screenshot(app, 'time-savers-attendance-1024');
  await everyone.click();
  await expect(
    app.getByRole('button', { name: new RegExp(`^${away.name}: Apologies`) }),
  ).toBeVisible();
  for (const p of source.professionals.filter((p) => p !== away)) {
    await expect(
      app.getByRole('button', { name: new RegExp(`^${p.name}: Present`) }),
    ).toBeVisible();
  }
  await expect(everyone).toHaveCount(0);

  await openHash(app, `#/conference/${id}/live/reports`);
  // One click adds a report from a professional who has none yet; the focus goes to its date received.
  const quick = app.getByRole('group', { name: /^A report from a professional/ });
  const without = source.professionals.filter(
    (p) => !source.reports.some((r) => r.authorId === p.id),
  );
  const next = without[0];
  if (!next) {
    throw new Error('the fixture needs a professional without a report');
  }
  await expect(quick.getByRole('button')).toHaveCount(without.length);
  await quick.getByRole('button', { name: `Add a report from ${next.name}` }).click();
  await expect(
    app
      .getByRole('region', { name: new RegExp(`^Report from ${next.name}`) })
      .getByRole('textbox', {
        name: 'Date received',
      }),
  ).toBeFocused();
  await expect(quick.getByRole('button', { name: `Add a report from ${next.name}` })).toHaveCount(
    0,
  );
  await expectNoAxeViolations(app);

  await openHash(app, `#/conference/${id}/live/core-group`);
  const section = app.getByRole('region', { name: second.details.name, exact: true });
  const copy = section.getByRole('button', { name: `Copy ${first.details.name}’s core group` });
  await expectNoAxeViolations(app);
  await screenshot(app, 'time-savers-core-group-1024');
  // Liam is excluded from part of the conference in this fixture, so only Jade is offered.
  const carers = section.getByRole('button', { name: /^Add the parents and carers/ });
  await expect(carers).toHaveText('Add the parents and carers (Jade Example)');
  await carers.click();
  await expect(section.getByRole('checkbox', { name: /^Jade Example/ })).toBeChecked();
  await expect(section.getByRole('checkbox', { name: /^Liam Example/ })).not.toBeChecked();
  await expect(carers).toHaveCount(0);
  await copy.click();
  for (const member of first.plan.coreGroup) {
    if (member.personId) {
      await expect(
        section.getByRole('checkbox', { name: new RegExp(`^${member.name}`) }),
      ).toBeChecked();
    }
  }
  await expect(section.getByRole('checkbox', { name: new RegExp(`^${lead.name}`) })).toBeChecked();
  await expect(copy).toHaveCount(0);
  await expect(app.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
});
