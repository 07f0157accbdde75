// Terminology guard: finds register-era wording in free text and proposes the current England wording. Only the
// child protection sense flags: other registers (sex offenders, housing, attendance, Early Years, electoral,
// register office, registered charity or childminder, registered as self-employed or with a GP) do not
// (terminology-context.ts). Rules: docs/domain.md §6 (wording map; register abolished in England from April 2008),
// §9.2 rule 12.
import type { Jurisdiction } from './config';
import { usesRegister } from './config';
import { isOtherRegister } from './terminology-context';

/** One piece of register-era wording found in a text, with what to say instead. */
export type TermSpan = { start: number; end: number; found: string; suggestion: string };

type TermRule = {
  pattern: RegExp;
  suggestion: string;
  /** The match is an unrelated use (cash register, registered nurse...) when this tests true on its context. */
  isUnrelated?: (before: string, after: string) => boolean;
};

const CP = '(?:child protection |CP )?';

/** The register-era terms and their replacements, longest phrases first (docs/domain.md §6 table). */
export const BANNED_TERMS: readonly TermRule[] = [
  {
    pattern: new RegExp(`\\bcustodians? of the ${CP}register\\b`, 'gi'),
    suggestion: 'manager responsible for the record of children subject to a child protection plan',
  },
  {
    pattern: /\bcategor(?:y|ies) of registration\b/gi,
    suggestion: 'category of abuse or neglect',
  },
  {
    pattern: new RegExp(
      `\\b(?:placed|placing|place|put|putting|added|adding|add|entered|entering) (?:on|onto|to) the ${CP}register\\b`,
      'gi',
    ),
    suggestion: 'made subject to a child protection plan',
  },
  {
    pattern: new RegExp(
      `\\b(?:removed|removing|remove|taken|taking) (?:off|from) the ${CP}register\\b`,
      'gi',
    ),
    suggestion: 'child protection plan discontinued (ended)',
  },
  {
    pattern: new RegExp(
      `\\b${CP}register (?:check|checks|enquiry|enquiries|search|searches)\\b`,
      'gi',
    ),
    suggestion: 'check whether the child is subject to a child protection plan',
  },
  {
    pattern: /\bregistered (?:child|children|baby|babies|sibling|siblings)\b/gi,
    suggestion: 'child subject to a child protection plan',
  },
  {
    pattern:
      /\bregistered (?:in \d{4} )?(?:under|for) (?:the )?(?:categor(?:y|ies)|neglect|physical|emotional|sexual|multiple)\b/gi,
    suggestion: 'subject to a child protection plan under the category of',
  },
  {
    pattern: /\bchild protection register\b/gi,
    suggestion: 'list of children subject to a child protection plan',
  },
  {
    pattern: /\bCPR\b/gi,
    suggestion: 'list of children subject to a child protection plan',
    // CPR is also cardiopulmonary resuscitation.
    isUnrelated: (before, after) =>
      /\b(?:perform(?:ed|ing)?|gave|give|giving|administer(?:ed|ing)?|do|did|doing|start(?:ed)?)\s*$/i.test(
        before,
      ) ||
      /^\s*(?:training|trained|course|certificate|certified|qualification|and first aid|\/\s*first aid)\b/i.test(
        after,
      ) ||
      /\bfirst aid\b/i.test(before + after),
  },
  {
    pattern: /\bde-?registration\b/gi,
    suggestion: 'discontinuing the child protection plan',
    isUnrelated: isOtherRegister,
  },
  {
    pattern: /\bde-?register(?:ed|ing|s)?\b/gi,
    suggestion: 'discontinue the child protection plan',
    isUnrelated: isOtherRegister,
  },
  {
    pattern: /\bregistrations?\b/gi,
    suggestion: 'making the child subject to a child protection plan',
    isUnrelated: isOtherRegister,
  },
  {
    pattern: /\bregistered\b/gi,
    suggestion: 'subject to a child protection plan',
    isUnrelated: isOtherRegister,
  },
  {
    pattern: /\bregistering\b/gi,
    suggestion: 'making the child subject to a child protection plan',
    isUnrelated: isOtherRegister,
  },
  {
    pattern: /\bregisters?\b/gi,
    suggestion: 'list of children subject to a child protection plan',
    isUnrelated: isOtherRegister,
  },
];

/**
 * Finds register-era wording in a text, case-insensitively and on word boundaries, without flagging unrelated
 * uses (a registered nurse, the register office, a cash register, a registered address, the attendance register).
 * Returns no spans when the jurisdiction still keeps a register (Wales, Scotland, Northern Ireland, Crown
 * Dependencies). Spans are sorted and never overlap.
 */
export function findBannedTerms(text: string, jurisdiction: Jurisdiction = 'england'): TermSpan[] {
  if (usesRegister(jurisdiction) || !/regist|cpr/i.test(text)) {
    return [];
  }
  const spans: TermSpan[] = [];
  const overlaps = (s: number, e: number) => spans.some((x) => s < x.end && e > x.start);
  for (const rule of BANNED_TERMS) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) {
        continue;
      }
      const before = text.slice(Math.max(0, start - 60), start);
      const after = text.slice(end, end + 60);
      if (rule.isUnrelated?.(before, after) === true) {
        continue;
      }
      spans.push({ start, end, found: m[0], suggestion: rule.suggestion });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
