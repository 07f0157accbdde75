// The people sections of the conference record: cover, children and household, attendance, reports and
// exclusions. Rules: domain.md §9.4 item 3 (sections 1 to 3), §4.2 (record contents), §1.8 (exclusions).
import type { Conference, ConferenceType } from '../domain/conference';
import type { LegalStatus } from '../domain/child';
import { EXCLUSION_GROUNDS } from '../domain/household';
import type { ExclusionGround } from '../domain/household';

import type { RestrictedItem } from './conference-facts';
import { blockNodes, dateText, forSection, timeText } from './conference-facts';
import type { DocNode, FieldRow } from './doc-model';
import { fields, heading, para, table } from './doc-model';

/** Plain-English name of each conference type. */
export const CONFERENCE_TYPE_LABELS: Readonly<Record<ConferenceType, string>> = {
  initial: 'Initial child protection conference',
  'pre-birth-initial': 'Pre-birth initial child protection conference',
  'transfer-in-initial': 'Transfer-in initial child protection conference',
  review: 'Review child protection conference',
};

const LEGAL_STATUS_LABELS: Readonly<Record<LegalStatus, string>> = {
  none: 'No order',
  'section-20': 'Accommodated under section 20',
  'interim-care-order': 'Interim care order',
  'care-order': 'Care order',
  other: 'Other',
};

const GROUND_LABELS: Readonly<Record<ExclusionGround, string>> = {
  'prejudice-to-child-welfare': 'Their presence would prejudice the welfare of the child',
  'disruptive-behaviour': 'Risk of violent or disruptive behaviour',
  'child-asks': 'The child asked for it',
  'prevents-contributions': 'Their presence would stop others from contributing',
  'confidential-information': 'Confidential information had to be discussed',
  'family-conflict': 'Conflict between family members',
};

/** The confidentiality notice printed at the top of every record. */
export const CONFIDENTIALITY_NOTICE =
  'This record is confidential. It is shared only with the people on its distribution list and must not be passed to anyone else without the chair’s agreement.';

/** Section 1: the cover details. */
export function coverSection(conference: Conference, version: number): DocNode[] {
  const time = [timeText(conference.startTime), timeText(conference.endTime)].filter(Boolean);
  return [
    para(CONFIDENTIALITY_NOTICE, 'strong'),
    fields([
      { label: 'Conference', value: conferenceTitle(conference) },
      { label: 'Date', value: dateText(conference.date) },
      { label: 'Time', value: time.length > 0 ? time.join(' to ') : 'Not recorded' },
      {
        label: 'Venue',
        value: conference.virtual ? `${conference.venue} (virtual)` : conference.venue,
      },
      { label: 'Chair', value: `${conference.chair.name}, ${conference.chair.role}` },
      { label: 'Minute-taker', value: conference.minuteTaker || 'Not recorded' },
      { label: 'Record version', value: version > 0 ? String(version) : 'Draft' },
    ]),
  ];
}

/** "Initial child protection conference" (with the review number or combined review). */
export function conferenceTitle(conference: Conference): string {
  const base = CONFERENCE_TYPE_LABELS[conference.type];
  if (conference.type === 'review' && conference.reviewNumber !== undefined) {
    return `${base} (review ${conference.reviewNumber})`;
  }
  return conference.combinedWithReview ? `${base}, combined with a review` : base;
}

/** Section 2: each child and each member of the household. Addresses are private in family copies. */
export function childrenAndHousehold(conference: Conference): DocNode[] {
  const homeIds = conference.household.filter((m) => m.inHousehold).map((m) => m.id);
  const nodes: DocNode[] = [heading(1, 'Children and household')];
  for (const child of conference.children) {
    const d = child.details;
    const rows: FieldRow[] = [
      d.unborn
        ? { label: 'Expected delivery date', value: dateText(d.expectedDeliveryDate) }
        : { label: 'Date of birth', value: dateText(d.dateOfBirth) },
      { label: 'Sex or gender', value: d.sexOrGender || 'Not recorded' },
      { label: 'Ethnicity', value: d.ethnicity || 'Not recorded' },
      {
        label: 'Language',
        value: `${d.language || 'Not recorded'}${d.interpreterNeeded ? ' (interpreter needed)' : ''}`,
      },
      { label: 'Legal status', value: LEGAL_STATUS_LABELS[d.legalStatus] },
      { label: 'School or setting', value: d.schoolOrSetting || 'None' },
      { label: 'GP', value: d.gp || 'Not recorded' },
      { label: 'NHS number', value: d.nhsNumber ?? 'Not recorded' },
    ];
    if (d.address) {
      rows.push({ label: 'Address', value: d.address, privateTo: homeIds });
    }
    if (d.disabilityOrCommunicationNeeds) {
      rows.push({
        label: 'Disability or communication needs',
        value: d.disabilityOrCommunicationNeeds,
      });
    }
    nodes.push(heading(2, d.name), fields(rows));
  }
  nodes.push(heading(2, 'Parents, carers and other adults'));
  for (const m of conference.household) {
    const facts = [
      m.relationship,
      m.hasParentalResponsibility ? 'has parental responsibility' : 'no parental responsibility',
      m.inHousehold ? 'lives in the household' : 'lives elsewhere',
    ];
    const rows: FieldRow[] = [{ label: m.name, value: facts.join('; ') }];
    if (m.address) {
      rows.push({ label: `Address of ${m.name}`, value: m.address, privateTo: [m.id] });
    }
    nodes.push(fields(rows));
  }
  return nodes;
}

const STATUS_LABELS = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  left: 'Left early',
};

/** Section 3: attendance, apologies, reports received (and whether shared with parents), exclusions. */
export function attendanceSection(
  conference: Conference,
  items: readonly RestrictedItem[],
): DocNode[] {
  const status = (id: string): string => {
    const entry = conference.attendance.find((a) => a.personId === id);
    if (!entry) {
      return 'Not recorded';
    }
    return entry.status === 'left' && entry.leftAt
      ? `Left at ${timeText(entry.leftAt)}`
      : STATUS_LABELS[entry.status];
  };
  const people = [
    ...conference.household
      .filter((m) => m.invited)
      .map((m) => [m.name, m.relationship, 'Family', status(m.id)]),
    ...conference.professionals.map((p) => [
      p.name,
      p.role,
      p.agency,
      p.contribution === 'report-only' ? 'Report only' : status(p.id),
    ]),
  ];
  const reports = conference.reports.map((r) => [
    r.author,
    r.agency,
    dateText(r.receivedOn),
    r.sharedWithParents ? `Yes, ${dateText(r.sharedOn)}` : 'No',
  ]);
  const summaries = conference.reports.flatMap((r) => [
    heading(3, `Report from ${r.author} (${r.agency})`),
    ...blockNodes(items, `report.${r.id}`, r.summary),
  ]);
  const exclusions = conference.household.filter((m) => m.exclusion?.chairDecision === 'agreed');
  return [
    heading(1, 'Attendance, apologies, reports and exclusions'),
    ...forSection(conference, 'attendance', [
      table(['Name', 'Role', 'Agency', 'Attendance'], people, [3, 3, 4, 2]),
    ]),
    heading(2, 'Reports received'),
    ...forSection(conference, 'reports', [
      table(['Author', 'Agency', 'Received', 'Shared with parents'], reports, [3, 4, 2, 3]),
      ...summaries,
    ]),
    heading(2, 'Exclusions'),
    ...(exclusions.length === 0
      ? [para('No one was excluded from the conference.')]
      : exclusions.map((m) => {
          const e = m.exclusion;
          const ground =
            e?.ground && EXCLUSION_GROUNDS.includes(e.ground) ? GROUND_LABELS[e.ground] : '';
          return fields([
            { label: 'Excluded', value: `${m.name} (${m.relationship})` },
            {
              label: 'Extent',
              value: e?.extent === 'whole' ? 'The whole conference' : e?.period || 'Part',
            },
            { label: 'Reason', value: ground || 'Not recorded' },
            { label: 'Decided by the chair on', value: dateText(e?.decidedOn) },
            { label: 'How their views were heard', value: e?.howViewsPresented || 'Not recorded' },
          ]);
        })),
  ];
}
