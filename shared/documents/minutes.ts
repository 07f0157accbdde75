// The conference record (minutes), professional copy, in the section order of docs/domain.md §9.4 item 3.
// Restricted text is replaced by a pointer to the restricted annex (§9.4 item 3.16); private notes never print.
import type { Config } from '../domain/config';
import type { Conference } from '../domain/conference';
import { formatList } from '../domain/format-en-gb';

import type { DocumentOptions, RestrictedItem } from './conference-facts';
import {
  blockNodes,
  forSection,
  frameFor,
  professionalLabel,
  restrictedItems,
  sosEntries,
} from './conference-facts';
import type { DocModel, DocNode } from './doc-model';
import { childHeading, heading, para, table } from './doc-model';
import { recorded } from './recorded';
import { COPY_TYPE_LABELS, buildDistribution } from './distribution';
import { decisionSection, nextMeetings, planSection, professionalViews } from './minutes-decisions';
import {
  attendanceSection,
  childrenAndHousehold,
  conferenceTitle,
  coverSection,
} from './minutes-people';
import { reviewProgressSection } from './review-record';
import { SIGNS_OF_SAFETY_LABELS } from '../domain/discussion';

function discussionSections(conference: Conference, items: readonly RestrictedItem[]): DocNode[] {
  const d = conference.discussion;
  const b = (key: string, block: { text: string }) => blockNodes(items, key, block);
  const childViews = conference.children.flatMap((c) => [
    childHeading(3, `${c.details.name}'s views`, c.details.id),
    ...(c.views.notInvolvedReason.trim() !== ''
      ? [para(`How ${c.details.name} took part: ${c.views.notInvolvedReason}`, 'note')]
      : []),
    ...b(`child.${c.details.id}`, c.views.block),
  ]);
  const agencies = d.agencyInformation.flatMap((a) => [
    heading(2, professionalLabel(conference, a.professionalId)),
    ...b(`agency.${a.professionalId}`, a.block),
  ]);
  const sos = sosEntries(d.signsOfSafety).flatMap(([k, block]) => [
    heading(2, SIGNS_OF_SAFETY_LABELS[k]),
    ...b(`sos.${k}`, block),
  ]);
  const scaling = d.scaling;
  return [
    ...forSection(conference, 'purpose', [
      heading(1, 'Purpose and reason for the conference'),
      heading(2, 'Purpose'),
      ...b('purpose', d.purpose),
      heading(2, 'Reason for the conference'),
      ...b('reason', d.reasonForConference),
      heading(1, 'Section 47 enquiry outcome and background'),
      heading(2, 'Outcome of the section 47 enquiry'),
      ...b('s47', d.section47Outcome),
      heading(2, 'Background'),
      ...b('background', d.background),
    ]),
    ...forSection(conference, 'agency-information', [
      heading(1, 'Information from agencies'),
      ...(agencies.length > 0 ? agencies : [para('No agency information was recorded.')]),
    ]),
    heading(1, 'Views of the family and the child'),
    ...forSection(conference, 'parents-views', [
      heading(2, "Parents' views"),
      ...b('parents', d.parentsViews),
    ]),
    ...forSection(conference, 'child-views', [heading(2, "The child's views"), ...childViews]),
    ...forSection(conference, 'parents-views', [
      heading(2, 'Wider family views'),
      ...b('wider', d.widerFamilyViews),
    ]),
    ...forSection(conference, 'analysis', [
      heading(1, "Strengths, worries and what's unclear"),
      heading(2, "Strengths and what's working well"),
      ...b('strengths', d.strengths),
      heading(2, 'Worries: past harm, future danger and complicating factors'),
      ...b('concerns', d.concerns),
      ...sos,
      ...(scaling
        ? [
            heading(1, 'Scaling'),
            para(`10 means: ${recorded(scaling.tenMeans)}`),
            para(`0 means: ${recorded(scaling.zeroMeans)}`),
            table(
              ['Participant', 'Child', 'Score', 'Reason'],
              scaling.scores.map((s) => [
                professionalLabel(conference, s.participantId),
                conference.children.find((c) => c.details.id === s.childId)?.details.name ?? 'All',
                String(s.value),
                recorded(s.reason),
              ]),
              [4, 3, 1, 5],
            ),
          ]
        : []),
    ]),
    ...forSection(conference, 'summary', [
      heading(1, "Chair's summary and analysis"),
      ...b('summary', d.chairSummary),
    ]),
  ];
}

function distributionSection(conference: Conference): DocNode[] {
  const rows = buildDistribution(conference).map((e) => [
    recorded(e.name),
    recorded(e.role),
    COPY_TYPE_LABELS[e.copyType],
  ]);
  return [heading(1, 'Distribution'), table(['Name', 'Role', 'Copy'], rows, [4, 5, 2])];
}

function annexSection(items: readonly RestrictedItem[]): DocNode[] {
  if (items.length === 0) {
    return [
      heading(1, 'Restricted annex'),
      para('There is no restricted information in this record.'),
    ];
  }
  const refs = formatList(items.map((i) => i.ref));
  return [
    {
      kind: 'restricted',
      ref: 'annex',
      reason: 'Restricted information is kept in a separate document.',
      audience: [],
      children: [
        heading(1, 'Restricted annex'),
        para(
          `Restricted items ${refs} are kept in a separate restricted annex with its own distribution list. It is never part of a family copy.`,
        ),
      ],
    },
  ];
}

/**
 * Builds the conference record (professional copy) in the order of docs/domain.md §9.4 item 3: cover, children and
 * household, attendance, purpose, section 47 outcome, agency information, views, strengths and worries,
 * scaling, chair's summary, professionals' views, decisions with dissent, outline plan, next meetings,
 * distribution and a pointer to the restricted annex. Ends with the chair's signature block (empty until signed).
 */
/** "Initial child protection conference about Mia Example and Noah Example". */
export function minutesSubtitle(conference: Conference, names: string): string {
  return `${conferenceTitle(conference)} about ${names}`;
}

export function buildMinutes(
  conference: Conference,
  config: Config,
  options: DocumentOptions = {},
): DocModel {
  const items = restrictedItems(conference);
  const version = options.version ?? 0;
  const names = formatList(conference.children.map((c) => c.details.name));
  return {
    kind: 'minutes',
    title: 'Conference record',
    subtitle: minutesSubtitle(conference, names),
    frame: frameFor(conference, config, 'Conference record', options),
    meta: {
      conferenceId: conference.id,
      version,
      conferenceDate: conference.date,
      audience: { kind: 'professional' },
      childIds: conference.children.map((c) => c.details.id),
    },
    body: [
      ...coverSection(conference, version, config),
      ...childrenAndHousehold(conference),
      ...attendanceSection(conference, items),
      ...reviewProgressSection(conference),
      ...discussionSections(conference, items),
      ...professionalViews(conference),
      ...decisionSection(conference, config),
      ...planSection(conference, config),
      ...nextMeetings(conference, config),
      ...distributionSection(conference),
      ...annexSection(items),
      heading(1, "Chair's approval"),
      { kind: 'signature', signature: null },
    ],
  };
}
