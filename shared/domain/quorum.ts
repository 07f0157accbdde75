// Live quorum over the attendance register. Rules: docs/domain.md §1.5 (children's social care plus at least two other
// agencies with direct contact; counts-towards-quorum is a per-attendee flag; health may count as one agency).
import type { QuorumRule } from './config';
import type { Conference } from './conference';
import type { AgencyType, Professional } from './professionals';
import { AGENCY_TYPE_LABELS } from './professionals';
import { formatList } from './format-en-gb';

const HEALTH: ReadonlySet<AgencyType> = new Set([
  'health-visitor',
  'school-nurse',
  'gp',
  'paediatrics',
  'midwifery',
  'adult-mental-health',
]);

/** The quorum position at this moment, with a plain-English summary. */
export type QuorumStatus = {
  quorate: boolean;
  hasChildrensSocialCare: boolean;
  /** The other agencies present that count, by label, e.g. "Health visiting". */
  countingAgencies: string[];
  required: number;
  message: string;
};

function agencyKey(p: Professional, rule: QuorumRule): string {
  if (rule.countAllHealthAsOneAgency && HEALTH.has(p.agencyType)) {
    return 'Health';
  }
  return p.agencyType === 'other' ? p.agency.trim() || 'Other' : AGENCY_TYPE_LABELS[p.agencyType];
}

/** Professionals on the register as present now (not apologies, absent or left). */
export function presentProfessionals(conference: Conference): Professional[] {
  const present = new Set(
    conference.attendance.filter((a) => a.status === 'present').map((a) => a.personId),
  );
  return conference.professionals.filter((p) => present.has(p.id));
}

/** Whether the people present now make the conference quorate under the configured rule. */
export function quorumStatus(conference: Conference, rule: QuorumRule): QuorumStatus {
  const present = presentProfessionals(conference);
  const hasChildrensSocialCare = present.some((p) => p.agencyType === 'childrens-social-care');
  const others = new Set<string>();
  for (const p of present) {
    if (
      p.agencyType !== 'childrens-social-care' &&
      p.countsTowardsQuorum &&
      (p.directContact || !rule.requireDirectContact)
    ) {
      others.add(agencyKey(p, rule));
    }
  }
  const countingAgencies = [...others].sort();
  const socialCareOk = hasChildrensSocialCare || !rule.requireChildrensSocialCare;
  const quorate = socialCareOk && countingAgencies.length >= rule.minOtherAgencies;
  const missing: string[] = [];
  if (!socialCareOk) {
    missing.push("no one from children's social care is present");
  }
  if (countingAgencies.length < rule.minOtherAgencies) {
    missing.push(
      `${countingAgencies.length} of the ${rule.minOtherAgencies} other agencies with direct contact needed are present`,
    );
  }
  const present_ = countingAgencies.length > 0 ? ` Counting: ${formatList(countingAgencies)}.` : '';
  return {
    quorate,
    hasChildrensSocialCare,
    countingAgencies,
    required: rule.minOtherAgencies,
    message: quorate
      ? `The conference is quorate.${present_}`
      : `The conference is not quorate: ${formatList(missing)}.${present_}`,
  };
}
