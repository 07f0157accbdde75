// The distribution list: who receives the record and which copy. Rules: docs/domain.md §4.3 (everyone invited,
// including family members, except parts they were excluded from; the chair decides full or partial copies).
import type { Conference } from '../domain/conference';
import type { CopyType, FamilyMember, SectionKey } from '../domain/household';
import { isExcluded } from '../domain/household';
import type { PersonId } from '../domain/ids';

import { copyChildIdsOf } from './child-selection';
import { joinPresent } from './recorded';

/** One recipient of the conference documents, and the copy they get. */
export type DistributionEntry = {
  personId?: PersonId;
  name: string;
  role: string;
  kind: 'family' | 'professional' | 'other';
  copyType: CopyType;
  /** Sections left out of this person's copy because they were excluded from them. */
  excludedSections: readonly SectionKey[] | 'whole';
};

/** Plain-English label of a copy type, as the distribution list prints it. */
export const COPY_TYPE_LABELS: Readonly<Record<CopyType, string>> = {
  full: 'Full copy',
  partial: 'Partial copy',
  none: 'No copy',
};

function excludedSectionsOf(
  conference: Conference,
  id: PersonId,
): DistributionEntry['excludedSections'] {
  const member = conference.household.find((m) => m.id === id);
  if (!member || !isExcluded(member)) {
    return [];
  }
  return member.exclusion?.extent === 'whole' ? 'whole' : (member.exclusion?.sections ?? []);
}

/**
 * The distribution list. When the administration records recipients, those are used as recorded; otherwise
 * it is derived: every invited family member with the copy type the chair set, then every professional
 * (full copy). A family member excluded from any part never gets more than a partial copy.
 */
export function buildDistribution(conference: Conference): DistributionEntry[] {
  const recorded = conference.administration.recipients;
  if (recorded.length > 0) {
    return recorded.map((r) => {
      const member = r.personId ? conference.household.find((m) => m.id === r.personId) : undefined;
      const pro = r.personId
        ? conference.professionals.find((p) => p.id === r.personId)
        : undefined;
      const excluded = r.personId ? excludedSectionsOf(conference, r.personId) : [];
      const entry: DistributionEntry = {
        name: r.name,
        role: member?.relationship ?? (pro ? joinPresent([pro.role, pro.agency]) : ''),
        kind: member ? 'family' : pro ? 'professional' : 'other',
        copyType: member
          ? narrowForChildren(conference, member, narrowCopy(r.copyType, excluded))
          : narrowCopy(r.copyType, excluded),
        excludedSections: excluded,
      };
      return r.personId ? { ...entry, personId: r.personId } : entry;
    });
  }
  const family: DistributionEntry[] = conference.household
    .filter((m) => m.invited)
    .map((m) => {
      const excluded = excludedSectionsOf(conference, m.id);
      return {
        personId: m.id,
        name: m.name,
        role: m.relationship,
        kind: 'family',
        copyType: narrowForChildren(conference, m, narrowCopy(m.copyType, excluded)),
        excludedSections: excluded,
      };
    });
  const professionals: DistributionEntry[] = conference.professionals.map((p) => ({
    personId: p.id,
    name: p.name,
    role: joinPresent([p.role, p.agency]),
    kind: 'professional',
    copyType: 'full',
    excludedSections: [],
  }));
  return [...family, ...professionals];
}

/** A family copy without some children's details (./child-selection.ts) is never more than a partial copy. */
function narrowForChildren(conference: Conference, member: FamilyMember, copy: CopyType): CopyType {
  return copy === 'full' && copyChildIdsOf(conference, member).length < conference.children.length
    ? 'partial'
    : copy;
}

function narrowCopy(copy: CopyType, excluded: DistributionEntry['excludedSections']): CopyType {
  if (excluded === 'whole') {
    return copy === 'none' ? 'none' : 'partial';
  }
  return copy === 'full' && excluded.length > 0 ? 'partial' : copy;
}

/** The family members who receive a copy of their own (full or partial), in list order. */
export function familyRecipients(conference: Conference): DistributionEntry[] {
  return buildDistribution(conference).filter(
    (e) => e.kind === 'family' && e.copyType !== 'none' && e.personId !== undefined,
  );
}
