// Facts every document builder reads from a conference: names, dates, the page frame, exclusions and the
// numbered list of restricted items. Rules: docs/domain.md §1.8 (exclusion), §1.10 (restricted information), §9.4.
import type { Config } from '../domain/config';
import type { Conference } from '../domain/conference';
import { formatDate, formatList, formatTime } from '../domain/format-en-gb';
import type { SectionKey } from '../domain/household';
import { isExcluded } from '../domain/household';
import type { PersonId } from '../domain/ids';
import type { TextBlock } from '../domain/primitives';
import type { SignsOfSafety } from '../domain/discussion';
import { SIGNS_OF_SAFETY_LABELS } from '../domain/discussion';

import type { DocNode, PageFrame } from './doc-model';
import { para } from './doc-model';
import { joinPresent, recorded, withAside } from './recorded';

/** Options shared by every builder: the record version and the optional logo from settings. */
export type DocumentOptions = { version?: number; logoPng?: Uint8Array };

/** "5 January 2026", or "Not set" when the date is missing. */
export function dateText(date: string | undefined): string {
  return date ? formatDate(date) : 'Not set';
}

/** "10am", or "" when the time is missing. */
export function timeText(time: string | undefined): string {
  return time ? formatTime(time) : '';
}

/** "Yes" or "No". */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** The page frame: protective marking and authority from settings, the conference's authority as fallback. */
export function frameFor(
  conference: Conference,
  config: Config,
  footerLead: string,
  options: DocumentOptions,
): PageFrame {
  const authorityName = authorityNameOf(conference, config);
  const frame: PageFrame = {
    protectiveMarking: config.protectiveMarking.trim() || 'OFFICIAL-SENSITIVE',
    authorityName,
    footerText: `${footerLead}, ${formatDate(conference.date)}`,
  };
  return options.logoPng ? { ...frame, logoPng: options.logoPng } : frame;
}

/** The name of a family member or professional, or the id when unknown. */
export function personName(conference: Conference, id: PersonId): string {
  const member = conference.household.find((m) => m.id === id);
  if (member) {
    return member.name;
  }
  return conference.professionals.find((p) => p.id === id)?.name ?? id;
}

/** "Priya Sampleton, Health visitor (Fictionshire Community Health)", leaving out any part not recorded. */
export function professionalLabel(conference: Conference, id: PersonId): string {
  const p = conference.professionals.find((x) => x.id === id);
  return p
    ? recorded(withAside(joinPresent([p.name, p.role]), p.agency))
    : personName(conference, id);
}

/**
 * The authority's name: from settings, else the one the conference was set up with; "" when neither is recorded
 * (validation then blocks sign-off, so a signed document never prints an empty authority).
 */
export function authorityNameOf(conference: Conference, config: Config): string {
  return config.authorityName.trim() || conference.localAuthority.trim();
}

/** Family members the chair excluded from a section (all sections when excluded from the whole conference). */
export function excludedFrom(conference: Conference, section: SectionKey): PersonId[] {
  return conference.household
    .filter(
      (m) =>
        isExcluded(m) &&
        (m.exclusion?.extent === 'whole' || (m.exclusion?.sections ?? []).includes(section)),
    )
    .map((m) => m.id);
}

/**
 * Wraps nodes in an excluded-from node when any family member was excluded from that section. The section's
 * own heading (its first node, when a heading) stays outside, so the notice sits under the excluded section's
 * heading in every copy, never under the section before (docs/domain.md §4.3).
 */
export function forSection(
  conference: Conference,
  section: SectionKey,
  nodes: readonly DocNode[],
): DocNode[] {
  const ids = excludedFrom(conference, section);
  if (ids.length === 0) {
    return [...nodes];
  }
  const names = formatList(ids.map((id) => personName(conference, id)));
  const who = ids.length === 1 ? 'who was' : 'who were';
  const note = `Not shared with ${names}, ${who} excluded from this part of the conference by the chair.`;
  const [first, ...rest] = nodes;
  const lead = first?.kind === 'heading' ? [first] : [];
  const children = first?.kind === 'heading' ? rest : nodes;
  return [...lead, { kind: 'excluded-from', section, personIds: ids, note, children }];
}

/** One restricted item, numbered for the restricted annex (R1, R2...). */
export type RestrictedItem = {
  ref: string;
  key: string;
  where: string;
  text: string;
  reason: string;
  audience: string[];
  thirdParty: boolean;
};

/** The Signs of Safety map as [field, block] pairs in the order the minutes print them. */
export function sosEntries(map: SignsOfSafety | undefined): [keyof SignsOfSafety, TextBlock][] {
  if (!map) {
    return [];
  }
  return (Object.keys(SIGNS_OF_SAFETY_LABELS) as (keyof SignsOfSafety)[]).map((k) => [k, map[k]]);
}

/** Every restricted text block of a conference, in record order, with a stable reference. */
export function restrictedItems(conference: Conference): RestrictedItem[] {
  const d = conference.discussion;
  const blocks: { key: string; where: string; block: TextBlock }[] = [
    { key: 'purpose', where: 'Purpose of the conference', block: d.purpose },
    { key: 'reason', where: 'Reason for the conference', block: d.reasonForConference },
    { key: 's47', where: 'Section 47 outcome', block: d.section47Outcome },
    { key: 'background', where: 'Background', block: d.background },
    ...conference.reports.map((r) => ({
      key: `report.${r.id}`,
      where: `Report from ${withAside(recorded(r.author), r.agency)}`,
      block: r.restriction ? { text: r.summary.text, restriction: r.restriction } : r.summary,
    })),
    ...d.agencyInformation.map((a) => ({
      key: `agency.${a.professionalId}`,
      where: `Information from ${personName(conference, a.professionalId)}`,
      block: a.block,
    })),
    { key: 'parents', where: "Parents' views", block: d.parentsViews },
    ...conference.children.map((c) => ({
      key: `child.${c.details.id}`,
      where: `${c.details.name}'s views`,
      block: c.views.block,
    })),
    { key: 'wider', where: 'Wider family views', block: d.widerFamilyViews },
    { key: 'strengths', where: "Strengths and what's working well", block: d.strengths },
    { key: 'concerns', where: 'Worries', block: d.concerns },
    ...sosEntries(d.signsOfSafety).map(([k, block]) => ({
      key: `sos.${k}`,
      where: SIGNS_OF_SAFETY_LABELS[k],
      block,
    })),
    { key: 'summary', where: "Chair's summary", block: d.chairSummary },
  ];
  return blocks
    .filter((b) => b.block.restriction !== undefined)
    .map((b, i) => ({
      ref: `R${i + 1}`,
      key: b.key,
      where: b.where,
      text: b.block.text,
      reason: b.block.restriction?.reason ?? '',
      audience: (b.block.restriction?.audience ?? []).map((id) => personName(conference, id)),
      thirdParty: b.block.restriction?.thirdParty ?? false,
    }));
}

/**
 * The nodes for a text block in the record: the text itself, or, when restricted, only a pointer to the
 * restricted annex inside a restricted node (the text stays in the annex, docs/domain.md §9.4 item 3.16).
 */
export function blockNodes(
  items: readonly RestrictedItem[],
  key: string,
  block: TextBlock,
): DocNode[] {
  const item = items.find((i) => i.key === key);
  if (!item) {
    return [para(block.text)];
  }
  return [
    {
      kind: 'restricted',
      ref: item.ref,
      reason: item.reason,
      audience: item.audience,
      children: [
        para(
          `Restricted information (${item.ref}) is held in the restricted annex, shared only with the people named there.`,
          'note',
        ),
      ],
    },
  ];
}
