// Keyboard-only page helpers: every interaction is a key press — Tab or Shift+Tab to reach a
// control, then Enter, Space, arrows, Home or letters. Locators are only read (is it focused, what is chosen),
// never clicked or filled.
import type { Locator, Page } from '@playwright/test';

import { expect } from '../fixtures';

/** True when `target` is the focused element (or, with `within`, holds it). */
const focused = (target: Locator, within = false): Promise<boolean> =>
  target.evaluate(
    (el, inside) =>
      el === document.activeElement || (inside && el.contains(document.activeElement)),
    within,
  );

/**
 * Presses Tab (or Shift+Tab when `target` comes before the focused element) until `target` has focus (with
 * `within`: until focus is inside it, such as a radio group), at most `max` times; fails if it never does (a
 * control the keyboard cannot reach).
 */
export async function tabTo(page: Page, target: Locator, max = 120, within = false): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i += 1) {
    if (await focused(target, within)) {
      return;
    }
    const before = await target.evaluate((el) => {
      const active = document.activeElement;
      return (
        active !== null &&
        active !== document.body &&
        (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
      );
    });
    await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
  }
  if (within) {
    expect(await focused(target, true)).toBe(true);
  } else {
    await expect(target).toBeFocused();
  }
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs to a date field, types it as d/m/yyyy and leaves with Tab so it is read and shown in words. */
export async function typeDate(page: Page, field: Locator, dmy: string): Promise<void> {
  await typeInto(page, field, dmy);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
}

/** Tabs to a button or link and presses Enter. */
export async function press(page: Page, control: Locator): Promise<void> {
  await tabTo(page, control);
  await page.keyboard.press('Enter');
}

/** Tabs to a checkbox and ticks it with Space (if it is not ticked already). */
export async function tick(page: Page, checkbox: Locator): Promise<void> {
  await tabTo(page, checkbox);
  if (!(await checkbox.isChecked())) {
    await page.keyboard.press('Space');
  }
  await expect(checkbox).toBeChecked();
}

/**
 * Chooses a radio button the keyboard way: Tab into its group (focus lands on the chosen radio, or the first),
 * then Down arrow until `radio` is focused, and Space to choose it.
 */
export async function chooseRadio(page: Page, group: Locator, radio: Locator): Promise<void> {
  await tabTo(page, group, 120, true);
  for (let i = 0; i < 10 && !(await focused(radio)); i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(radio).toBeFocused();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
}

/** Tabs to a drop-down list and moves through it with Home and Down arrow until `label` is chosen. */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  const chosen = (): Promise<string> =>
    select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      return s.options[s.selectedIndex]?.label ?? '';
    });
  if ((await chosen()) === label) {
    return;
  }
  await page.keyboard.press('Home');
  for (let i = 0; i < 40 && (await chosen()) !== label; i += 1) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await chosen()).toBe(label);
}
