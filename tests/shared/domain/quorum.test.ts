import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { presentProfessionals, quorumStatus } from '../../../shared/domain/quorum';
import { IDS, aConference, aProfessional } from '../../fixtures/conference';
import { anInquorateConference } from '../../fixtures/conference-scenarios';

const RULE = ENGLAND_DEFAULTS.quorum;

describe('quorumStatus', () => {
  it('is quorate with social care plus two other agencies with direct contact', () => {
    expect(quorumStatus(aConference(), RULE)).toEqual({
      quorate: true,
      hasChildrensSocialCare: true,
      countingAgencies: ['Early years', 'Health visiting'],
      required: 2,
      message: 'The conference is quorate. Counting: Early years and Health visiting.',
    });
  });

  it('goes inquorate live when professionals send apologies or leave', () => {
    expect(quorumStatus(anInquorateConference(), RULE).message).toBe(
      'The conference is not quorate: 0 of the 2 other agencies with direct contact needed are present.',
    );
    const c = aConference();
    const left = {
      ...c,
      attendance: c.attendance.map((a) =>
        a.personId === IDS.school ? { ...a, status: 'left' as const, leftAt: '11:15' } : a,
      ),
    };
    expect(quorumStatus(left, RULE).quorate).toBe(false);
    expect(presentProfessionals(left).map((p) => p.id)).not.toContain(IDS.school);
  });

  it('needs someone from children’s social care unless the rule says otherwise', () => {
    const c = aConference();
    const noSocialCare = {
      ...c,
      attendance: c.attendance.filter((a) => a.personId !== IDS.socialWorker),
    };
    expect(quorumStatus(noSocialCare, RULE).message).toMatch(/no one from children's social care/);
    expect(quorumStatus(noSocialCare, { ...RULE, requireChildrensSocialCare: false }).quorate).toBe(
      true,
    );
  });

  it('does not count an attendee without direct contact or who does not count towards quorum', () => {
    const c = aConference();
    const flags = {
      ...c,
      professionals: c.professionals.map((p) =>
        p.id === IDS.school ? { ...p, directContact: false } : p,
      ),
    };
    expect(quorumStatus(flags, RULE).quorate).toBe(false);
    expect(quorumStatus(flags, { ...RULE, requireDirectContact: false }).quorate).toBe(true);
  });

  it('can count every health service as one agency, and names "other" agencies', () => {
    const c = aConference();
    const gp = aProfessional({
      id: IDS.midwife,
      agencyType: 'gp',
      name: 'Dr Nobody',
      agency: 'Surgery',
    });
    const other = aProfessional({ id: IDS.father, agencyType: 'other', agency: 'Youth club' });
    const withHealth = {
      ...c,
      professionals: [...c.professionals.filter((p) => p.id !== IDS.school), gp, other],
      attendance: [...c.attendance, { personId: IDS.midwife, status: 'present' as const }],
    };
    expect(quorumStatus(withHealth, RULE).countingAgencies).toEqual([
      'GP',
      'Health visiting',
      'Youth club',
    ]);
    expect(
      quorumStatus(withHealth, { ...RULE, countAllHealthAsOneAgency: true }).countingAgencies,
    ).toEqual(['Health', 'Youth club']);
  });
});
