// Set-up of the counted sibling-group conference (see counter.ts for the two ways): the new conference form, the
// details, the children, the family with each one's relationship to and home with each child, the professionals.
import type { Page } from 'playwright-core';

import type { MoveCounter } from './counter';
import { SETUP, daysFromToday, todayIso } from './scenario';

const box = (scope: Page | ReturnType<Page['getByRole']>, name: string) =>
  scope.getByRole('textbox', { name, exact: true });

/** From the conferences home to a set-up screen with everything filled in. Returns the conference id. */
export async function setUp(m: MoveCounter): Promise<string> {
  const { page } = m;
  await m.click(page.getByRole('button', { name: 'Start a new conference' }));
  await m.check(page.getByRole('radio', { name: 'Initial', exact: true }));
  await m.date(page.getByLabel('Date of the conference'), todayIso());
  await m.date(
    page.getByLabel('Date of the strategy discussion that started section 47 enquiries'),
    daysFromToday(-9),
  );
  await m.click(page.getByRole('button', { name: 'Create conference' }));
  await page.getByRole('heading', { level: 1, name: 'Set up the conference' }).waitFor();
  const id = /#\/conference\/([^/]+)\/setup/.exec(page.url())?.[1];
  if (!id) {
    throw new Error(`no conference id in ${page.url()}`);
  }
  await m.fill(box(page, 'Local authority'), SETUP.localAuthority);
  await m.fill(box(page, 'Venue'), SETUP.venue);
  await m.fill(box(page, 'Chair'), SETUP.chair);
  await m.fill(box(page, 'Minute-taker'), SETUP.minuteTaker);
  await m.check(page.getByRole('radio', { name: 'Signs of Safety', exact: true }));
  await children(m);
  await family(m);
  await professionals(m);
  return id;
}

async function children(m: MoveCounter): Promise<void> {
  const form = m.page.getByRole('form', { name: 'Add a child' });
  for (const child of SETUP.children) {
    await m.fill(box(form, "Child's full name"), child.name);
    await m.date(box(form, 'Date of birth'), child.born);
    await m.submit(form.getByRole('button', { name: 'Add child' }));
    await m.page
      .getByText(new RegExp(`^${child.name}, born `))
      .first()
      .waitFor();
  }
}

async function family(m: MoveCounter): Promise<void> {
  const { page } = m;
  const form = page.getByRole('form', { name: 'Add a family member' });
  const add = async (member: (typeof SETUP.family)[number]) => {
    await m.fill(box(form, "Family member's name"), member.name);
    await m.fill(box(form, 'Relationship to the children'), member.relationship);
    await m.submit(form.getByRole('button', { name: 'Add family member' }));
    await page.getByRole('group', { name: member.name, exact: true }).waitFor();
  };
  // "after": everyone added in a row (the focus comes back to the name each time), then each one's answers.
  if (m.way === 'after') {
    for (const member of SETUP.family) {
      await add(member);
    }
  }
  for (const member of SETUP.family) {
    if (m.way === 'before') {
      await add(member);
    }
    const details = page.getByRole('group', { name: member.name, exact: true });
    await m.check(
      details
        .getByRole('group', { name: 'Has parental responsibility' })
        .getByRole('radio', { name: 'Yes' }),
    );
    if (m.way === 'after') {
      // One click each: the relationship given when adding, and living with, for every child.
      await m.click(details.getByRole('button', { name: `${member.relationship} to every child` }));
      await m.click(details.getByRole('button', { name: 'Lives with every child' }));
      continue;
    }
    for (const child of SETUP.children) {
      await m.fill(
        box(details, `${member.name}'s relationship to ${child.name}`),
        member.relationship,
      );
      await m.check(
        details
          .getByRole('group', { name: `Lives with ${child.name}` })
          .getByRole('radio', { name: 'Yes' }),
      );
    }
  }
}

async function professionals(m: MoveCounter): Promise<void> {
  const { page } = m;
  const form = page.getByRole('form', { name: 'Add a professional' });
  for (const [name, role, agencyType, organisation] of SETUP.professionals) {
    await m.fill(box(form, "Professional's name"), name);
    await m.fill(box(form, 'Role'), role);
    const type = form.getByLabel('Agency type');
    // "before": chosen whenever it is not the first in the list, as a new user did; "after": it follows the
    // role, so it is chosen only when the role did not give it.
    const shown = await type.evaluate((el) => {
      const select = el as HTMLSelectElement;
      return select.options[select.selectedIndex]?.text ?? '';
    });
    if (m.way === 'before' ? agencyType !== "Children's social care" : shown !== agencyType) {
      await m.select(type, agencyType);
    }
    await m.fill(box(form, 'Organisation (optional)'), organisation);
    await m.submit(form.getByRole('button', { name: 'Add professional' }));
    await page.getByText(`${name}, ${role}, ${organisation}`).waitFor();
  }
}
