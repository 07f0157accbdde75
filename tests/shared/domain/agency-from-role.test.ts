import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { agencyTypeForRole } from '../../../shared/domain/agency-from-role';
import { AGENCY_TYPES } from '../../../shared/domain/professionals';

describe('agencyTypeForRole', () => {
  it.each([
    ['Social worker', 'childrens-social-care'],
    ['Senior Social Worker', 'childrens-social-care'],
    ['Family support worker', 'childrens-social-care'],
    ['Health visitor', 'health-visitor'],
    ['health  visitor', 'health-visitor'],
    ['Specialist health visitor (children’s centre)', 'health-visitor'],
    ['School nurse', 'school-nurse'],
    ['GP', 'gp'],
    ['General practitioner', 'gp'],
    ['Consultant paediatrician', 'paediatrics'],
    ['Pediatrician', 'paediatrics'],
    ['Community midwife', 'midwifery'],
    ['Class teacher', 'school'],
    ['Headteacher', 'school'],
    ['Designated safeguarding lead', 'school'],
    ['SENCo', 'school'],
    ['Nursery manager', 'early-years'],
    ['Childminder', 'early-years'],
    ['Police constable', 'police'],
    ['PC', 'police'],
    ['Detective sergeant', 'police'],
    ['Probation officer', 'probation'],
    ['Community psychiatric nurse', 'adult-mental-health'],
    ['Drug and alcohol worker', 'substance-misuse'],
    ['IDVA', 'domestic-abuse'],
    ['Housing officer', 'housing'],
  ] as const)('%s → %s', (role, type) => {
    expect(agencyTypeForRole(role)).toBe(type);
  });

  it.each([
    [''],
    ['   '],
    ['Officer'],
    ['Manager'],
    ['Nurse'],
    ['Police liaison teacher'],
    ['Housing and probation worker'],
  ])('"%s" names no single agency', (role) => {
    expect(agencyTypeForRole(role)).toBeUndefined();
  });

  it('ignores case, punctuation and spacing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Health visitor', 'Police constable', 'Class teacher', 'Social worker'),
        fc.constantFrom('', ' ', '  ', '.', ' - '),
        fc.boolean(),
        (role, pad, upper) => {
          const shown = upper ? role.toUpperCase() : role.toLowerCase();
          expect(agencyTypeForRole(`${pad}${shown}${pad}`)).toBe(agencyTypeForRole(role));
        },
      ),
    );
  });

  it('answers only with an agency type there is, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (role) => {
        const type = agencyTypeForRole(role);
        expect(type === undefined || (AGENCY_TYPES as readonly string[]).includes(type)).toBe(true);
      }),
    );
  });
});
