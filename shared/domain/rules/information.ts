// Rules 9 and 12 of docs/domain.md §9.2: restricted information never reaches the family; no register-era wording.
import type { Conference } from '../conference';
import type { Restriction } from '../primitives';
import { acceptanceOf } from '../accepted-terminology';
import { fieldLabel } from '../field-label';
import { findBannedTerms } from '../terminology';

import { findingsFor, isBlank } from './finding';
import type { Finding, Rule } from './finding';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every restriction in the conference, with its path. */
export function restrictionsOf(c: Conference): { path: string; restriction: Restriction }[] {
  const found: { path: string; restriction: Restriction }[] = [];
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, path === '' ? String(i) : `${path}.${i}`));
      return;
    }
    if (!isRecord(v)) {
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      const p = path === '' ? k : `${path}.${k}`;
      if (k === 'restriction' && isRecord(x)) {
        found.push({ path: p, restriction: x as Restriction });
      } else {
        walk(x, p);
      }
    }
  };
  walk(c, '');
  return found;
}

/** Rule 9: each restricted item has a reason and an audience that holds no family member (§1.10). */
export const restrictedInformation: Rule = (c) => {
  const f = findingsFor('R9-restricted-information');
  const family = new Set(c.household.map((m) => m.id));
  const out: Finding[] = [];
  for (const { path, restriction } of restrictionsOf(c)) {
    if (restriction.audience.length === 0) {
      out.push(f.block('Say who may see this restricted information.', `${path}.audience`));
    }
    if (restriction.audience.some((id) => family.has(id))) {
      out.push(
        f.block(
          'Restricted information never goes to family members: remove them from its audience.',
          `${path}.audience`,
        ),
      );
    }
    if (isBlank(restriction.reason)) {
      out.push(f.block('Give the reason this information is restricted.', `${path}.reason`));
    }
  }
  c.reports.forEach((r, i) => {
    if (r.restriction && r.sharedWithParents) {
      out.push(
        f.block(
          `The report from ${r.author} is restricted, so it cannot be marked as shared with parents.`,
          `reports.${i}.sharedWithParents`,
        ),
      );
    }
  });
  return out;
};

/** Keys whose strings are not the record's free text: ids, the chair's private notes, the kept-wording list. */
const NOT_TEXT = new Set(['id', 'privateNotes', 'audience', 'acceptedTerminology']);

/**
 * Every free-text string in the conference with its path, leaving out ids, the chair's private notes and the
 * list of kept wording (whose reasons may quote the phrase).
 */
export function textsOf(c: Conference): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') {
      found.push({ path, text: v });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${path}.${i}`));
    } else if (isRecord(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (!NOT_TEXT.has(k) && !k.endsWith('Id')) {
          walk(x, path === '' ? k : `${path}.${k}`);
        }
      }
    }
  };
  walk(c, '');
  return found;
}

/**
 * Rule 12: no register-era wording in England outputs; suggests the current wording (§6) and names the field.
 * Wording the chair kept with a reason (accepted-terminology.ts) does not block.
 */
export const terminology: Rule = (c, config) => {
  const f = findingsFor('R12-terminology');
  const out: Finding[] = [];
  for (const { path, text } of textsOf(c)) {
    for (const span of findBannedTerms(text, config.jurisdiction)) {
      if (acceptanceOf(c.acceptedTerminology, path, span.found) !== undefined) {
        continue;
      }
      out.push(
        f.block(
          `${fieldLabel(path, c)}: "${span.found}" is register-era wording. Say "${span.suggestion}" instead, or keep the wording with a reason.`,
          path,
        ),
      );
    }
  }
  return out;
};
