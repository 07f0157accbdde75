// Page helpers for the end-to-end journeys: a journey's screenshots and axe checks, and the set-up
// screen driven as a chair would (the new conference form, details, children, family, professionals), then
// "Start the conference". Dates are typed the British way; the conference is held today so the clock runs.
import type { Locator, Page } from '@playwright/test';

import { expect, expectNoAxeViolations, screenshot } from '../fixtures';

import { createVaultByRpc } from './conference-vault';
import { todayIso } from './live-conference';

/** One journey under way: its page, its name (screenshot prefix) and how many screenshots it has taken. */
export type Journey = { page: Page; name: string; shots: number };

export const journey = (page: Page, name: string): Journey => ({ page, name, shots: 0 });

/** Waits for "Saved", runs axe (0 violations) and keeps a numbered screenshot of the screen. */
export async function checkScreen(j: Journey, label: string): Promise<void> {
  await saved(j.page);
  await expectNoAxeViolations(j.page);
  j.shots += 1;
  await screenshot(j.page, `journey-${j.name}-${String(j.shots).padStart(2, '0')}-${label}`);
}

/** Expects the Saved indicator (main has acknowledged every edit). */
export async function saved(page: Page): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d:\d\d$/ }),
  ).toBeVisible();
}

/** A text box with exactly this accessible name. */
export const box = (scope: Page | Locator, name: string): Locator =>
  scope.getByRole('textbox', { name, exact: true });

/** An ISO date `days` from today (negative for the past). */
export function daysFromToday(days: number): string {
  const [y, m, d] = todayIso().split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/** An ISO date typed as a person would: 5/1/2026. */
export function typed(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

export type Child = { name: string; born: string } | { mother: string; expected: string };
export type FamilyMember = { name: string; relationship: string; pr: boolean };
export type Professional = { name: string; role: string; agencyType: string; agency: string };

/** One professional on one line: name, role, agency type (the select's value) and organisation. */
export const pro = (
  name: string,
  role: string,
  agencyType: string,
  agency: string,
): Professional => ({
  name,
  role,
  agencyType,
  agency,
});

/** The children's social care social worker every journey has. */
export const socialWorker = (
  name: string,
  agency = 'Fictionshire Children’s Services',
): Professional => pro(name, 'Social worker', 'childrens-social-care', agency);

/** A police officer from the fictional force. */
export const police = (name: string, role = 'Police constable'): Professional =>
  pro(name, role, 'police', 'Fictionshire Police');

/** The chair and minute-taker shared by the journeys. */
export const CHAIR_AND_MINUTES = { chair: 'Ada Fictional', minuteTaker: 'Ben Sample' } as const;

export type Setup = {
  type: 'Initial' | 'Pre-birth initial';
  strategyDiscussion: string;
  venue: string;
  chair: string;
  minuteTaker: string;
  model: 'Standard' | 'Signs of Safety';
  children: Child[];
  family: FamilyMember[];
  professionals: Professional[];
};

/** Fills a British date field and leaves it with Enter, so it is read and shown back in words. */
async function date(field: Locator, iso: string): Promise<void> {
  await field.fill(typed(iso));
  await field.press('Enter');
}

/** From the conferences home: the new conference form, then the whole set-up screen. Returns the conference id. */
export async function setUpConference(j: Journey, s: Setup): Promise<string> {
  const { page } = j;
  await page.getByRole('button', { name: 'Start a new conference' }).click();
  await page.getByRole('radio', { name: s.type, exact: true }).check();
  await date(page.getByLabel('Date of the conference'), todayIso());
  await date(
    page.getByLabel('Date of the strategy discussion that started section 47 enquiries'),
    s.strategyDiscussion,
  );
  await page.getByRole('button', { name: 'Create conference' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Set up the conference' }),
  ).toBeVisible();
  await expect(page.getByText(/^Due by /)).toBeVisible();
  const id = /#\/conference\/([^/]+)\/setup/.exec(page.url())?.[1];
  if (!id) {
    throw new Error(`no conference id in ${page.url()}`);
  }

  await box(page, 'Local authority').fill('Fictionshire County Council');
  await box(page, 'Venue').fill(s.venue);
  await box(page, 'Chair').fill(s.chair);
  await box(page, 'Minute-taker').fill(s.minuteTaker);
  await page.getByRole('radio', { name: s.model, exact: true }).check();

  const addChild = page.getByRole('form', { name: 'Add a child' });
  for (const child of s.children) {
    const unborn = addChild.getByRole('checkbox', { name: 'This baby is not born yet' });
    if ('mother' in child) {
      await unborn.check();
      await box(addChild, "Mother's name").fill(child.mother);
      await date(box(addChild, 'Expected delivery date'), child.expected);
    } else {
      await unborn.uncheck();
      await box(addChild, "Child's full name").fill(child.name);
      await date(box(addChild, 'Date of birth'), child.born);
    }
    await addChild.getByRole('button', { name: 'Add child' }).click();
  }
  const family = page.getByRole('form', { name: 'Add a family member' });
  for (const m of s.family) {
    await box(family, "Family member's name").fill(m.name);
    await box(family, 'Relationship to the children').fill(m.relationship);
    await family.getByRole('button', { name: 'Add family member' }).click();
    await expect(page.getByText(new RegExp(`^${m.name} \\(`))).toBeVisible();
    // Rule 16: parental responsibility, and the relationship to and living with each child, are asked.
    const member = page.getByRole('group', { name: m.name, exact: true });
    await member
      .getByRole('group', { name: 'Has parental responsibility' })
      .getByRole('radio', { name: m.pr ? 'Yes' : 'No' })
      .check();
    for (const child of s.children) {
      const name = 'mother' in child ? `Unborn baby of ${child.mother}` : child.name;
      await box(member, `${m.name}'s relationship to ${name}`).fill(m.relationship);
      await member
        .getByRole('group', { name: `Lives with ${name}` })
        .getByRole('radio', { name: 'Yes' })
        .check();
    }
  }
  const pros = page.getByRole('form', { name: 'Add a professional' });
  for (const p of s.professionals) {
    await box(pros, "Professional's name").fill(p.name);
    await box(pros, 'Role').fill(p.role);
    await pros.getByLabel('Agency type').selectOption(p.agencyType);
    await box(pros, 'Organisation (optional)').fill(p.agency);
    await pros.getByRole('button', { name: 'Add professional' }).click();
    await expect(page.getByText(`${p.name}, ${p.role}, ${p.agency}`)).toBeVisible();
  }
  return id;
}

/**
 * A journey's opening: a fresh vault, the whole set-up screen, then `onSetUp` (checks of the journey's own), the
 * set-up screenshot with axe, and "Start the conference". Returns the conference id.
 */
export async function openConference(
  j: Journey,
  s: Setup,
  onSetUp?: () => Promise<void>,
): Promise<string> {
  await createVaultByRpc(j.page);
  const id = await setUpConference(j, s);
  await onSetUp?.();
  await checkScreen(j, 'setup');
  await startConference(j);
  return id;
}

/** "Start the conference" on set-up: live mode opens at the introductions with the clock running. */
export async function startConference(j: Journey): Promise<void> {
  await j.page.getByRole('button', { name: 'Start the conference' }).click();
  await expect(
    j.page.getByRole('heading', { level: 1, name: 'Introductions and confidentiality statement' }),
  ).toBeFocused();
  await expect(j.page.getByRole('timer')).toHaveText(/^00:0\d:\d\d$/);
  await expect(j.page.getByText(/· In conference$/)).toBeVisible();
}

/** Goes to the next step with the pager link and expects its heading to take focus. */
export async function nextStep(j: Journey, title: string): Promise<void> {
  await j.page.getByRole('link', { name: `Next: ${title}`, exact: true }).click();
  await expect(j.page.getByRole('heading', { level: 1, name: title, exact: true })).toBeFocused();
}
