// "Is this child subject to a plan?": match strengths, reasons, the answer and what may be told. FICTIONAL people.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { runCheck } from '../../../shared/list/check';
import { deriveList } from '../../../shared/list/derive';
import type { CheckCriteria } from '../../../shared/list/enquiry-schemas';
import { buildIndex } from '../../../shared/list/list-index';
import { listChild, listConference } from '../../fixtures/list';

const C = ENGLAND_DEFAULTS;

const index = buildIndex(
  deriveList(
    [
      listConference('c1', '2026-01-05', [
        listChild({
          id: 'cat',
          name: 'Catherine Smith-Jones',
          dateOfBirth: '2019-03-04',
          address: '12a Acacia Road, Fictionton FT1 2AB',
          nhsNumber: '9990000018',
        }),
        listChild({
          id: 'twin',
          name: 'Noah Smith-Jones',
          dateOfBirth: '2019-03-04',
          address: '12a Acacia Road, Fictionton FT1 2AB',
          nhsNumber: '9990000026',
        }),
        listChild({ id: 'zoe', name: 'Zoë Ní Bhriain', dateOfBirth: '2016-11-30' }),
        listChild({ id: 'will', name: 'William Madeup', dateOfBirth: '2015-07-07' }),
        listChild({
          id: 'unborn',
          name: 'Unborn baby of Jade Example',
          unborn: true,
          expectedDeliveryDate: '2026-03-01',
          outcome: 'cp-plan-from-birth',
        }),
      ]),
      listConference('c0', '2024-01-08', [
        listChild({ id: 'ended', name: 'Oscar Pretend', dateOfBirth: '2012-02-02' }),
      ]),
      listConference(
        'c0r',
        '2024-07-08',
        [
          listChild({
            id: 'ended',
            name: 'Oscar Pretend',
            dateOfBirth: '2012-02-02',
            outcome: 'no-further-action',
          }),
        ],
        'review',
      ),
    ],
    [],
    C,
  ),
  C,
  '2026-01-10',
);

const check = (child: CheckCriteria) => runCheck(index, child);
const top = (child: CheckCriteria) => check(child).matches[0];

describe('runCheck', () => {
  it('confirms a strong match on full name and date of birth, and says what may be told', () => {
    const r = check({ name: 'Catherine Smith-Jones', dateOfBirth: '2019-03-04' });
    expect(r.answer.code).toBe('subject-to-plan');
    expect(r.matches[0]).toMatchObject({
      childId: 'cat',
      strength: 'strong',
      planStatus: 'active',
    });
    expect(r.matches[0]?.mayTell).toContain('since 5 January 2026');
    expect(r.matches[0]?.mayTell).toContain('Tom Placeholder');
    expect(r.answer.doNotTell).toContain('category');
    // The twin shares surname and birthday: possible, never strong.
    expect(r.matches.find((m) => m.childId === 'twin')?.strength).toBe('possible');
  });

  it.each([
    ['a spelling variant', { name: 'Katherine Smyth-Jones', dateOfBirth: '2019-03-04' }],
    ['surname and forename swapped', { name: 'Smith-Jones Catherine', dateOfBirth: '2019-03-04' }],
    [
      'one half of a double-barrelled surname',
      { name: 'Catherine Jones', dateOfBirth: '2019-03-04' },
    ],
    ['no hyphen', { name: 'catherine smithjones', dateOfBirth: '2019-03-04' }],
    ['the NHS number with spaces and the name', { name: 'Cathy Smith', nhsNumber: '999 000 0018' }],
  ])('finds Catherine strongly with %s', (_label, criteria) => {
    expect(top(criteria)).toMatchObject({ childId: 'cat', strength: 'strong' });
  });

  it('finds names written without their diacritics, and with them', () => {
    expect(top({ name: 'Zoe Ni Bhriain', dateOfBirth: '2016-11-30' })).toMatchObject({
      childId: 'zoe',
      strength: 'strong',
    });
    expect(top({ name: 'ZOË NÍ BHRIAIN', dateOfBirth: '2016-11-30' })?.reasons[0]).toBe(
      'Name matches exactly.',
    );
  });

  it('treats day and month swapped, or only the address, as possible', () => {
    const swapped = top({ name: 'Catherine Smith-Jones', dateOfBirth: '2019-04-03' });
    expect(swapped).toMatchObject({ childId: 'cat', strength: 'possible' });
    expect(swapped?.reasons).toContain('Date of birth matches with day and month swapped.');
    const byPlace = check({
      name: 'Catherine Smith-Jones',
      address: '12A Acacia Rd',
      postcode: 'ft12ab',
    });
    expect(byPlace.answer.code).toBe('cannot-confirm');
    expect(byPlace.matches[0]?.reasons).toContain('Address and postcode match.');
    expect(byPlace.matches[0]?.mayTell).toMatch(/^Nothing yet/);
  });

  it('uses nicknames only when asked to', () => {
    expect(check({ name: 'Bill Madeup', dateOfBirth: '2015-07-07' }).matches[0]?.strength).toBe(
      'possible', // surname and date of birth
    );
    expect(top({ name: 'Bill Madeup', dateOfBirth: '2015-07-07', nicknames: true })).toMatchObject({
      childId: 'will',
      strength: 'strong',
    });
  });

  it('lowers the strength when the date of birth or NHS number differs', () => {
    expect(top({ name: 'Catherine Smith-Jones', dateOfBirth: '2018-01-01' })?.strength).toBe(
      'weak',
    );
    const nhs = check({
      name: 'Catherine Smith-Jones',
      dateOfBirth: '2019-03-04',
      nhsNumber: '9990000034',
    });
    expect(nhs.matches[0]).toMatchObject({ strength: 'possible' });
    expect(nhs.matches[0]?.reasons).toContain('NHS numbers differ.');
  });

  it('warns about and ignores an NHS number that fails its check digit', () => {
    const r = check({ nhsNumber: '9990000017' });
    expect(r.warnings[0]).toMatch(/check digit/);
    expect(r.matches).toEqual([]);
    expect(r.answer.code).toBe('no-match');
    expect(check({ nhsNumber: '123' }).warnings[0]).toMatch(/10 digits/);
    expect(check({ postcode: 'nowhere' }).warnings[0]).toMatch(/not a UK postcode/);
  });

  it('finds an NHS number alone as possible', () => {
    expect(top({ nhsNumber: '9990000026' })).toMatchObject({
      childId: 'twin',
      strength: 'possible',
    });
  });

  it('finds an unborn baby under the mother’s name, born near the expected date', () => {
    const m = top({ name: 'Jade Example', dateOfBirth: '2026-02-20' });
    expect(m).toMatchObject({ childId: 'unborn', strength: 'possible' });
    expect(m?.reasons.join(' ')).toContain('unborn baby');
  });

  it('reports an ended plan without saying the child is subject to one', () => {
    const r = check({ name: 'Oscar Pretend', dateOfBirth: '2012-02-02' });
    expect(r.answer.code).toBe('no-match');
    expect(r.matches[0]).toMatchObject({
      planStatus: 'ended',
      planEnd: '2024-07-08',
      strength: 'strong',
    });
    expect(r.matches[0]?.mayTell).toContain('not subject to a child protection plan now');
  });

  it('answers "not subject to a plan" when nothing matches, with the not-a-referral wording', () => {
    const r = check({ name: 'Reuben Fauxton', dateOfBirth: '2010-10-10' });
    expect(r.matches).toEqual([]);
    expect(r.answer).toMatchObject({ code: 'no-match' });
    expect(r.answer.mayTell).toContain('not a referral');
  });

  it('never ranks a weaker match above a stronger one (property)', () => {
    const rank = { strong: 0, possible: 1, weak: 2 } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('Catherine', 'Katherine', 'Noah', 'Smith', 'Jones', 'Zoe', 'Jade', ''),
        fc.constantFrom('Smith-Jones', 'Smyth', 'Example', 'Madeup', ''),
        fc.constantFrom(undefined, '2019-03-04', '2019-04-03', '2015-07-07'),
        (f, s, dob) => {
          const name = `${f} ${s}`.trim();
          fc.pre(name !== '' || dob !== undefined);
          const { matches } = check({
            ...(name ? { name } : {}),
            ...(dob ? { dateOfBirth: dob } : {}),
          });
          for (let i = 1; i < matches.length; i += 1) {
            expect(rank[matches[i - 1]!.strength]).toBeLessThanOrEqual(rank[matches[i]!.strength]);
          }
        },
      ),
    );
  });
});
