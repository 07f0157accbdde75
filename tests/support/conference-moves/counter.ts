// Counts the moves a person makes to record a conference: clicks, keys, text fields filled, and scrolls (a pointer
// user must scroll before clicking a control that is off screen; a keyboard user's Tab scrolls by itself).
// Two ways of working, as described in docs/room.md ("Counting moves"):
// - "before": as a new user first tried it, with the mouse: every text field is reached with a click, every step by
//   the agenda, no time-savers;
// - "after": the same record made with the time-savers: text fields are reached by Tab (no move at all when the app
//   has already put the focus there), steps by Alt+Page Down, choices still by a click.
import type { Locator, Page } from 'playwright-core';

export type Way = 'before' | 'after';
export type Moves = { clicks: number; keys: number; fields: number; scrolls: number };

export const totalOf = (m: Moves): number => m.clicks + m.keys + m.fields + m.scrolls;

/** An ISO date typed as a person would: 5/1/2026. */
export function typed(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}

export class MoveCounter {
  readonly moves: Moves = { clicks: 0, keys: 0, fields: 0, scrolls: 0 };
  /** Moves per part of the conference (set-up, then each step), in the order they were made. */
  readonly parts: { part: string; moves: number }[] = [];
  /** Every move in order, as "kind what" (for reading where the moves go). */
  readonly log: string[] = [];
  private partStart = 0;
  private part = 'set-up';

  constructor(
    readonly page: Page,
    readonly way: Way,
  ) {}

  /** Starts counting a new part (the previous part's count is kept). */
  beginPart(part: string): void {
    this.endPart();
    this.part = part;
  }

  endPart(): void {
    const now = totalOf(this.moves);
    if (now > this.partStart || this.parts.length === 0) {
      this.parts.push({ part: this.part, moves: now - this.partStart });
    }
    this.partStart = now;
  }

  private async onScreen(l: Locator): Promise<boolean> {
    return l.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  }

  private async focused(l: Locator): Promise<boolean> {
    return l.evaluate((el) => el === document.activeElement);
  }

  /** A click, after a scroll when the control is off screen. */
  async click(l: Locator): Promise<void> {
    await l.waitFor();
    if (!(await this.onScreen(l))) {
      this.moves.scrolls += 1;
      this.log.push(`${this.part}: scroll to ${String(l)}`);
    }
    this.moves.clicks += 1;
    this.log.push(`${this.part}: click ${String(l)}`);
    await l.click();
  }

  /** A radio button or checkbox set to on: one click, none when it is already on. */
  async check(l: Locator): Promise<void> {
    await l.waitFor();
    if (!(await l.isChecked())) {
      await this.click(l);
    }
  }

  /** Gets to a text field or list: a click ("before"), or Tab unless the focus is already there ("after"). */
  async reach(l: Locator): Promise<void> {
    if (this.way === 'before') {
      await this.click(l);
      return;
    }
    await l.waitFor();
    if (!(await this.focused(l))) {
      this.moves.keys += 1;
      this.log.push(`${this.part}: Tab to ${String(l)}`);
      await l.focus();
    }
  }

  /** Reaches a text field and types into it (the typing is one move: one field). */
  async fill(l: Locator, text: string): Promise<void> {
    await this.reach(l);
    this.moves.fields += 1;
    await l.fill(text);
  }

  /** A date typed the British way; it is read when the field is left, which the next move does. */
  async date(l: Locator, iso: string): Promise<void> {
    await this.fill(l, typed(iso));
  }

  /**
   * Sends an add form whose last field has the focus: its button clicked ("before"), or Enter in that field
   * ("after"), as a keyboard user sends a form. Only for forms that Enter sends.
   */
  async submit(button: Locator): Promise<void> {
    if (this.way === 'before') {
      await this.click(button);
      return;
    }
    const inForm = await button.evaluate((el) => {
      const active = document.activeElement;
      return (
        active instanceof HTMLInputElement &&
        active.form !== null &&
        active.form === (el as HTMLButtonElement).form
      );
    });
    if (!inForm) {
      await this.click(button);
      return;
    }
    await this.key('Enter');
  }

  /** A choice from a list: opened and chosen with two clicks, or reached and chosen with one key. */
  async select(l: Locator, label: string): Promise<void> {
    await this.reach(l);
    if (this.way === 'before') {
      this.moves.clicks += 1;
    } else {
      this.moves.keys += 1;
    }
    this.log.push(`${this.part}: choose ${label}`);
    await l.selectOption({ label });
  }

  /** One key press where the focus is. */
  async key(key: string): Promise<void> {
    this.moves.keys += 1;
    this.log.push(`${this.part}: key ${key}`);
    await this.page.keyboard.press(key);
  }
}
