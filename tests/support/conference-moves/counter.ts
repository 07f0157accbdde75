// Counts the moves a person makes to record a conference: clicks, keys, text fields filled, and scrolls (a pointer
// user must scroll before clicking a control that is off screen; a keyboard user's Tab scrolls by itself).
// Two ways of working, as described in docs/room.md ("Counting moves"):
// - "before": as a new user first tried it, with the mouse: every text field is reached with a click, every step by
//   the agenda, no time-savers;
// - "after": the same record made with the time-savers: text fields are reached by Tab (no move at all when the app
//   has already put the focus there), steps by Alt+Page Down, choices still by a click.
import type { Locator, Page } from 'playwright-core';

export type Way = 'before' | 'after';

const SETTLE_MS = 450;
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

  /** What a pointer costs to get to `l`: a click, and a scroll first when it is off screen. */
  private async pointerCost(l: Locator): Promise<number> {
    return (await this.onScreen(l)) ? 1 : 2;
  }

  private async pointTo(l: Locator): Promise<void> {
    if (!(await this.onScreen(l))) {
      this.moves.scrolls += 1;
      this.log.push(`${this.part}: scroll to ${String(l)}`);
    }
    this.moves.clicks += 1;
    this.log.push(`${this.part}: click ${String(l)}`);
  }

  /** A click, after a scroll when the control is off screen. */
  async click(l: Locator): Promise<void> {
    await l.waitFor();
    if (this.way === 'after') {
      // The cheaper of Tab (or Shift+Tab) to it and Enter/Space, and the pointer.
      const tabs = await tabsTo(l);
      if (tabs + 1 <= (await this.pointerCost(l))) {
        this.moves.keys += tabs + 1;
        this.log.push(`${this.part}: ${tabs} Tab and Space on ${String(l)}`);
        await l.focus();
        await l.click();
        return;
      }
    }
    await this.pointTo(l);
    await l.click();
  }

  /** A radio button or checkbox set to on: one click, none when it is already on. */
  async check(l: Locator): Promise<void> {
    await l.waitFor();
    if (!(await l.isChecked())) {
      await this.click(l);
    }
  }

  /**
   * Gets to a text field or list: a click ("before"); "after", nothing when the focus is already there, else the
   * cheaper of Tab (or Shift+Tab) to it and the pointer.
   */
  async reach(l: Locator): Promise<void> {
    await l.waitFor();
    if (this.way === 'before') {
      await this.pointTo(l);
      await l.click();
      return;
    }
    if (await this.focused(l)) {
      return;
    }
    const tabs = await tabsTo(l);
    if (tabs <= (await this.pointerCost(l))) {
      this.moves.keys += tabs;
      this.log.push(`${this.part}: ${tabs} Tab to ${String(l)}`);
      await l.focus();
      return;
    }
    await this.pointTo(l);
    await l.click();
  }

  /** Reaches a text field and types into it (the typing is one move: one field). */
  async fill(l: Locator, text: string): Promise<void> {
    await this.reach(l);
    this.moves.fields += 1;
    await l.fill(text);
    // Let the spelling list under the box appear (about 300 ms after typing), so the layout the next move sees
    // is the same on every run.
    await this.page.waitForTimeout(SETTLE_MS);
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

/**
 * How many Tab (or Shift+Tab) presses move the focus from where it is to `l`, in the page's sequential focus order
 * (a radio group is one stop: its checked radio, else its first). Infinity when `l` is not a stop.
 */
async function tabsTo(l: Locator): Promise<number> {
  return l.evaluate((target) => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]';
    const candidates = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((el) => {
      if (el.tabIndex < 0) {
        return false;
      }
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (r.width > 0 || r.height > 0) && style.visibility !== 'hidden';
    });
    const groups = new Set<string>();
    const stops: HTMLElement[] = [];
    for (const el of candidates) {
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '') {
        if (groups.has(el.name)) {
          continue;
        }
        groups.add(el.name);
        const group = candidates.filter(
          (x) => x instanceof HTMLInputElement && x.type === 'radio' && x.name === el.name,
        ) as HTMLInputElement[];
        stops.push(group.find((x) => x.checked) ?? el);
        continue;
      }
      stops.push(el);
    }
    const to = stops.indexOf(target as HTMLElement);
    if (to < 0) {
      return Number.POSITIVE_INFINITY;
    }
    const active = document.activeElement;
    const at = active ? stops.indexOf(active as HTMLElement) : -1;
    if (at >= 0) {
      return Math.abs(to - at);
    }
    // The focus is on something that is not a stop (a heading, the page): the first Tab goes to the next stop
    // after it, the first Shift+Tab to the one before it.
    const after = stops.findIndex(
      (el) =>
        active === null ||
        active === document.body ||
        (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    );
    const next = after < 0 ? stops.length : after;
    return to >= next ? to - next + 1 : next - to;
  });
}
