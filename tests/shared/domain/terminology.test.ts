import { describe, expect, it } from 'vitest';

import { findBannedTerms } from '../../../shared/domain/terminology';

const found = (text: string) => findBannedTerms(text).map((s) => s.found);

describe('findBannedTerms', () => {
  it.each([
    [
      'The child was placed on the register in 2019.',
      'placed on the register',
      'made subject to a child protection plan',
    ],
    [
      'She was removed from the child protection register.',
      'removed from the child protection register',
      'child protection plan discontinued (ended)',
    ],
    ['De-registration was agreed.', 'De-registration', 'discontinuing the child protection plan'],
    ['We will deregister him at review.', 'deregister', 'discontinue the child protection plan'],
    [
      'A register enquiry came from the hospital.',
      'register enquiry',
      'check whether the child is subject to a child protection plan',
    ],
    [
      'Ask the custodian of the register.',
      'custodian of the register',
      'manager responsible for the record of children subject to a child protection plan',
    ],
    [
      'The category of registration is neglect.',
      'category of registration',
      'category of abuse or neglect',
    ],
    [
      'Check the CPR before the visit.',
      'CPR',
      'list of children subject to a child protection plan',
    ],
    [
      'REGISTRATION is recommended.',
      'REGISTRATION',
      'making the child subject to a child protection plan',
    ],
    ['She is a registered child.', 'registered child', 'child subject to a child protection plan'],
    [
      'Noah was registered under neglect.',
      'registered under neglect',
      'subject to a child protection plan under the category of',
    ],
    ['Consult the register.', 'register', 'list of children subject to a child protection plan'],
  ])('flags %j', (text, term, suggestion) => {
    const spans = findBannedTerms(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ found: term, suggestion });
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe(term);
  });

  it.each([
    'Priya is a registered nurse.',
    'The wedding was at the register office.',
    'Money was taken from the cash register.',
    'His registered address is in Fictionton.',
    'Mark everyone on the attendance register.',
    'Register Mia with the dentist by February.',
    'She is registered with a GP.',
    'Vehicle registration number noted.',
    'The electoral register shows two adults.',
    'The registrar registered the birth.',
    'The nursery manager gave CPR and is trained in first aid.',
    'Staff hold CPR training certificates.',
    'She is registered as a childminder.',
    'Nothing of concern here.',
  ])('does not flag the unrelated use %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds several terms in order without overlapping spans', () => {
    expect(
      found('Registration was agreed; later de-registration and removal from the register.'),
    ).toEqual(['Registration', 'de-registration', 'register']);
  });

  it('is off where a register is still kept', () => {
    for (const j of ['wales', 'scotland', 'northern-ireland', 'crown-dependency'] as const) {
      expect(findBannedTerms('placed on the register', j)).toEqual([]);
    }
    expect(findBannedTerms('placed on the register', 'england')).toHaveLength(1);
  });
});
