// The people sections of the conference record: cover, children and household, attendance, reports and
// exclusions. Rules: docs/domain.md §9.4 item 3 (sections 1 to 3), §4.2 (record contents), §1.8 (exclusions).
import type { Conference, ConferenceType } from '../domain/conference';
import { LEGAL_STATUS_LABELS } from '../domain/child';
import { formatList } from '../domain/format-en-gb';
import { isExcluded, linkTo } from '../domain/household';
import type { Exclusion, ExclusionGround, FamilyMember } from '../domain/household';
import type { PersonId } from '../domain/ids';
import { movementsOf } from '../domain/professionals';
import type { AttendanceEntry } from '../domain/professionals';
import type { Config } from '../domain/config';
import { STEPS } from '../domain/steps';

import type { RestrictedItem } from './conference-facts';
import { blockNodes, dateText, forSection, timeText } from './conference-facts';
import type { DocNode, FieldRow } from './doc-model';
import { childHeading, fields, heading, para, table } from './doc-model';
import { conferenceDueText } from './plan-dates';
import { NOT_RECORDED, recorded, recordedJoin, withAside } from './recorded';

/** Plain-English name of each conference type. */
export const CONFERENCE_TYPE_LABELS: Readonly<Record<ConferenceType, string>> = {
  initial: 'Initial child protection conference',
  'pre-birth-initial': 'Pre-birth initial child protection conference',
  'transfer-in-initial': 'Transfer-in initial child protection conference',
  review: 'Review child protection conference',
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
export function coverSection(conference: Conference, version: number, config?: Config): DocNode[] {
  const due = config ? conferenceDueText(conference, config) : undefined;
  const start = timeText(conference.startTime);
  const end = timeText(conference.endTime);
  const time =
    start && end ? `${start} to ${end}` : start ? `From ${start}` : end ? `Until ${end}` : '';
  return [
    para(CONFIDENTIALITY_NOTICE, 'strong'),
    fields([
      { label: 'Conference', value: conferenceTitle(conference) },
      { label: 'Date', value: dateText(conference.date) },
      ...(due ? [{ label: 'Conference due by', value: due }] : []),
      { label: 'Time', value: recorded(time) },
      {
        label: 'Venue',
        value: conference.virtual
          ? withAside(conference.venue, 'virtual')
          : recorded(conference.venue),
      },
      { label: 'Chair', value: recordedJoin([conference.chair.name, conference.chair.role]) },
      { label: 'Minute-taker', value: recorded(conference.minuteTaker) },
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

/** The child's address is shown in a family copy only to members recorded as living with that child. */
function livesWith(conference: Conference, childId: string): PersonId[] {
  return conference.household
    .filter((m) => linkTo(m, childId)?.livesWithChild === true)
    .map((m) => m.id);
}

function livesText(value: boolean | undefined, child: string): string {
  if (value === undefined) {
    return `whether they live with ${child} is not recorded`;
  }
  return value ? `lives with ${child}` : `does not live with ${child}`;
}

const PR_TEXT = (v: boolean | undefined): string =>
  v === undefined ? NOT_RECORDED : v ? 'Has parental responsibility' : 'No parental responsibility';

/**
 * Section 2: each child and each member of the household, stating only what was recorded: an unanswered field
 * prints "Not recorded" (docs/domain.md §4.2, §9.1). Addresses are private in family copies.
 */
export function childrenAndHousehold(conference: Conference): DocNode[] {
  const nodes: DocNode[] = [heading(1, 'Children and household')];
  for (const child of conference.children) {
    const d = child.details;
    const rows: FieldRow[] = [
      d.unborn
        ? { label: 'Expected delivery date', value: dateText(d.expectedDeliveryDate) }
        : { label: 'Date of birth', value: dateText(d.dateOfBirth) },
      { label: 'Sex or gender', value: recorded(d.sexOrGender) },
      { label: 'Ethnicity', value: recorded(d.ethnicity) },
      {
        label: 'Language',
        value: `${recorded(d.language)}${d.interpreterNeeded ? ' (interpreter needed)' : ''}`,
      },
      {
        label: 'Legal status',
        value: d.legalStatus ? LEGAL_STATUS_LABELS[d.legalStatus] : NOT_RECORDED,
      },
      ...(d.unborn ? [] : [{ label: 'School or setting', value: recorded(d.schoolOrSetting) }]),
      { label: 'GP', value: recorded(d.gp) },
      { label: 'NHS number', value: recorded(d.nhsNumber) },
      { label: 'Address', value: recorded(d.address), privateTo: livesWith(conference, d.id) },
    ];
    if (d.disabilityOrCommunicationNeeds.trim() !== '') {
      rows.push({
        label: 'Disability or communication needs',
        value: d.disabilityOrCommunicationNeeds,
      });
    }
    nodes.push(childHeading(2, d.name, d.id), fields(rows));
  }
  nodes.push(heading(2, 'Parents, carers and other adults'));
  if (conference.household.length === 0) {
    nodes.push(para('No parents, carers or other adults were recorded.'));
  }
  for (const m of conference.household) {
    const rows: FieldRow[] = [
      { label: 'Name', value: recorded(m.name) },
      { label: 'Parental responsibility', value: PR_TEXT(m.hasParentalResponsibility) },
      ...conference.children.map((ch) => {
        const link = linkTo(m, ch.details.id);
        return {
          label: `Relationship to ${ch.details.name}`,
          value: `${recorded(link?.relationship)}; ${livesText(link?.livesWithChild, ch.details.name)}`,
          childId: ch.details.id,
        };
      }),
    ];
    if (m.address?.trim()) {
      rows.push({ label: 'Address', value: m.address, privateTo: [m.id] });
    }
    nodes.push(heading(3, recorded(m.name)), fields(rows));
  }
  return nodes;
}

/** "Present", "Left at 11:15am", "Present (left at 10:40am, came back at 11:05am)". */
export function attendanceText(entry: AttendanceEntry | undefined): string {
  if (!entry) {
    return NOT_RECORDED;
  }
  const moves = movementsOf(entry);
  const history = moves.map(
    (m) => `${m.kind === 'left' ? 'left at' : 'came back at'} ${timeText(m.at)}`,
  );
  const last = moves.at(-1);
  if (entry.status === 'left' && last?.kind === 'left') {
    const earlier = history.slice(0, -1);
    const lead = `Left at ${timeText(last.at)}`;
    return earlier.length > 0 ? `${lead} (earlier: ${earlier.join(', ')})` : lead;
  }
  const base = STATUS_LABELS[entry.status];
  return history.length > 0 ? `${base} (${history.join(', ')})` : base;
}

const STATUS_LABELS = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  left: 'Left early',
};

/** The parts of the conference an exclusion covered, by their agenda titles. */
function partsText(conference: Conference, e: Exclusion): string {
  if (e.extent === 'whole') {
    return 'The whole conference';
  }
  const titles = e.sections.map((key) => STEPS.find((s) => s.id === key)?.title(conference) ?? key);
  return recorded(formatList(titles));
}

function exclusionRows(conference: Conference, m: FamilyMember): FieldRow[] {
  const e = m.exclusion;
  if (!e) {
    return [];
  }
  const from = timeText(e.fromTime);
  const to = timeText(e.toTime);
  const when =
    from && to ? `From ${from} to ${to}` : from ? `From ${from}` : to ? `Until ${to}` : '';
  return [
    { label: 'Excluded', value: withAside(recorded(m.name), m.relationship) },
    { label: 'Parts of the conference', value: partsText(conference, e) },
    { label: 'Ground', value: e.ground ? GROUND_LABELS[e.ground] : NOT_RECORDED },
    { label: 'When', value: recordedJoin([when, e.period], '; ') },
    { label: 'Asked for by', value: recorded(e.requestedBy) },
    { label: 'Decided by the chair on', value: dateText(e.decidedOn) },
    { label: 'How their views were heard', value: recorded(e.howViewsPresented) },
  ];
}

/** Section 3: attendance, apologies, reports received (and whether shared with parents), exclusions. */
export function attendanceSection(
  conference: Conference,
  items: readonly RestrictedItem[],
): DocNode[] {
  const status = (id: string): string =>
    attendanceText(conference.attendance.find((a) => a.personId === id));
  const people = [
    ...conference.household
      .filter((m) => m.invited)
      .map((m) => [recorded(m.name), recorded(m.relationship), 'Family', status(m.id)]),
    ...conference.professionals.map((p) => [
      recorded(p.name),
      recorded(p.role),
      recorded(p.agency),
      p.contribution === 'report-only' ? 'Report only' : status(p.id),
    ]),
  ];
  const reports = conference.reports.map((r) => [
    recorded(r.author),
    recorded(r.agency),
    dateText(r.receivedOn),
    r.sharedWithParents ? `Yes, ${dateText(r.sharedOn)}` : 'No',
  ]);
  const summaries = conference.reports.flatMap((r) => [
    heading(3, `Report from ${withAside(recorded(r.author), r.agency)}`),
    ...blockNodes(items, `report.${r.id}`, r.summary),
  ]);
  const exclusions = conference.household.filter((m) => isExcluded(m));
  return [
    heading(1, 'Attendance, apologies, reports and exclusions'),
    ...forSection(conference, 'attendance', [
      table(['Name', 'Role', 'Agency', 'Attendance'], people, [3, 3, 4, 2]),
    ]),
    ...forSection(conference, 'reports', [
      heading(2, 'Reports received'),
      table(['Author', 'Agency', 'Received', 'Shared with parents'], reports, [3, 4, 2, 3]),
      ...summaries,
    ]),
    heading(2, 'Exclusions'),
    ...(exclusions.length === 0
      ? [para('No one was excluded from the conference.')]
      : exclusions.map((m) => fields(exclusionRows(conference, m)))),
  ];
}
