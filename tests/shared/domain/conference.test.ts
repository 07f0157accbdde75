import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import {
  CONFERENCE_SCHEMA_VERSION,
  ConferenceSchema,
  conferenceJsonSchema,
} from '../../../shared/domain/conference';
import { isUnbornBabyName, unbornBabyName } from '../../../shared/domain/child';
import { isPlanOutcome, primaryCategory } from '../../../shared/domain/decision';
import { isExcluded } from '../../../shared/domain/household';
import { aConference, aFamilyMember } from '../../fixtures/conference';
import {
  aConferenceWithRestrictionsAndExclusion,
  aPreBirthConference,
  aSiblingGroup,
  anInquorateConference,
} from '../../fixtures/conference-scenarios';

const SCHEMA_FILE = fileURLToPath(
  new URL('../../../resources/conference.schema.json', import.meta.url),
);

describe('ConferenceSchema', () => {
  it.each([
    ['a single-child initial conference', aConference()],
    ['a sibling group', aSiblingGroup()],
    ['a pre-birth conference', aPreBirthConference()],
    ['an inquorate conference', anInquorateConference()],
    ['a conference with restrictions and an exclusion', aConferenceWithRestrictionsAndExclusion()],
  ])('accepts every fixture: %s', (_name, conference) => {
    expect(ConferenceSchema.safeParse(conference).error).toBeUndefined();
  });

  it('survives a JSON round trip unchanged, because it holds only plain JSON', () => {
    const c = aSiblingGroup();
    expect(ConferenceSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(
      JSON.parse(JSON.stringify(c)),
    );
  });

  it('rejects unknown fields, impossible dates and bad times', () => {
    expect(ConferenceSchema.safeParse({ ...aConference(), extra: 1 }).success).toBe(false);
    expect(ConferenceSchema.safeParse(aConference({ date: '2026-02-30' })).success).toBe(false);
    expect(ConferenceSchema.safeParse(aConference({ startTime: '25:00' })).success).toBe(false);
  });

  it('rejects a free-text field longer than 200,000 characters but accepts one at the limit', () => {
    expect(
      ConferenceSchema.safeParse(aConference({ privateNotes: 'x'.repeat(200_000) })).success,
    ).toBe(true);
    expect(
      ConferenceSchema.safeParse(aConference({ privateNotes: 'x'.repeat(200_001) })).success,
    ).toBe(false);
  });

  it('rejects a scaling score outside 0 to 10', () => {
    const c = aConference();
    const withScore = (value: number) => ({
      ...c,
      discussion: {
        ...c.discussion,
        scaling: {
          tenMeans: 'Safe',
          zeroMeans: 'Immediate danger',
          scores: [{ id: 'sc-1', participantId: 'pro-sw', value, reason: '' }],
        },
      },
    });
    expect(ConferenceSchema.safeParse(withScore(10)).success).toBe(true);
    expect(ConferenceSchema.safeParse(withScore(11)).success).toBe(false);
  });

  it('rejects a wrong schema version', () => {
    expect(ConferenceSchema.safeParse({ ...aConference(), schemaVersion: 2 }).success).toBe(false);
  });
});

describe('model helpers', () => {
  it('names an unborn child "Unborn baby of ..." and recognises the form', () => {
    expect(unbornBabyName(' Jade Example ')).toBe('Unborn baby of Jade Example');
    expect(isUnbornBabyName('Unborn baby of Jade Example')).toBe(true);
    expect(isUnbornBabyName('Baby Example')).toBe(false);
  });

  it('finds the single primary category, and none when two are marked primary', () => {
    expect(primaryCategory({ categories: [{ category: 'neglect', primary: true }] })).toBe(
      'neglect',
    );
    expect(
      primaryCategory({
        categories: [
          { category: 'neglect', primary: true },
          { category: 'physical', primary: true },
        ],
      }),
    ).toBeUndefined();
  });

  it('treats a plan and a plan from birth as plan outcomes, and nothing else', () => {
    expect(isPlanOutcome('cp-plan')).toBe(true);
    expect(isPlanOutcome('cp-plan-from-birth')).toBe(true);
    expect(isPlanOutcome('cin-plan')).toBe(false);
  });

  it('counts someone as excluded only when the chair agreed', () => {
    expect(isExcluded(aConferenceWithRestrictionsAndExclusion().household[1]!)).toBe(true);
    expect(isExcluded(aFamilyMember())).toBe(false);
  });
});

describe('conference JSON Schema (the import format)', () => {
  it('is versioned and matches resources/conference.schema.json (regenerate with UPDATE_SCHEMA=1)', () => {
    const generated = `${JSON.stringify(conferenceJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') {
      writeFileSync(SCHEMA_FILE, generated);
    }
    expect(generated).toContain(`conference-v${CONFERENCE_SCHEMA_VERSION}.json`);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
