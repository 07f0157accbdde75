import { describe, expect, it } from 'vitest';

import { notYetRecorded } from '../../../shared/domain/everyone-present';
import { aConference, aFamilyMember, IDS } from '../../fixtures/conference';

describe('everyone not yet recorded is present', () => {
  it('lists every professional and invited family member with no entry yet', () => {
    const c = aConference({ attendance: [] });
    expect(notYetRecorded(c)).toEqual([
      ...c.professionals.map((p) => p.id),
      ...c.household.map((m) => m.id),
    ]);
  });

  it('leaves out anyone recorded, a family member not invited and one excluded from the whole conference', () => {
    const base = aConference({ attendance: [] });
    const first = base.professionals[0];
    if (!first) {
      throw new Error('fixture has no professional');
    }
    const c = {
      ...base,
      attendance: [{ personId: first.id, status: 'apologies' as const }],
      household: [
        aFamilyMember({
          id: IDS.mother,
          invited: false,
          notInvitedReason: 'Not known where she lives.',
        }),
        aFamilyMember({
          id: IDS.father,
          name: 'Liam Example',
          exclusion: {
            extent: 'whole',
            requestedBy: 'Police',
            evidence: 'A live investigation.',
            chairDecision: 'agreed',
            sections: [],
            period: 'The whole conference',
            howViewsPresented: 'The social worker will put his views.',
          },
        }),
      ],
    };
    const ids = notYetRecorded(c);
    expect(ids).not.toContain(first.id);
    expect(ids).not.toContain(IDS.mother);
    expect(ids).not.toContain(IDS.father);
    expect(ids).toEqual(base.professionals.slice(1).map((p) => p.id));
  });
});
