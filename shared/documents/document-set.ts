// Every document one conference produces, each with a stable file name: record, plans, letters, annex and the
// family copies. Rules: docs/domain.md §9.4 (documents), §4.3 (family copies, distribution with copy types).
import type { Config } from '../domain/config';
import type { Conference } from '../domain/conference';
import { formatList } from '../domain/format-en-gb';

import { frameFor } from './conference-facts';
import type { DocumentOptions } from './conference-facts';
import { copyChildIdsOf } from './child-selection';
import { buildDecisionLetter } from './decision-letter';
import type { DistributionEntry } from './distribution';
import { buildDistribution, familyRecipients } from './distribution';
import type { DocModel } from './doc-model';
import { redactForFamily } from './family-copy';
import { buildMinutes, minutesSubtitle } from './minutes';
import { buildOutlinePlans, planFooterLead, planSubtitle } from './outline-plan';
import { buildRestrictedAnnex } from './restricted-annex';

/** One document of the set, with the file name (no extension) it is saved under. */
export type NamedDocument = { name: string; doc: DocModel };

/**
 * The documents of one conference and the distribution list they were made for; `copyChildren` holds, for each
 * family member who gets a copy, the children whose details their copy holds (./child-selection.ts).
 */
export type DocumentSet = {
  documents: NamedDocument[];
  distribution: DistributionEntry[];
  copyChildren?: Readonly<Record<string, readonly string[]>>;
};

/** "jade-example" from "Jade Example": lower-case letters and digits joined by hyphens. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'unnamed'
  );
}

/**
 * Builds the whole set: the record, the outline plan(s), the decision letter for professionals, the
 * restricted annex (when there is restricted information) and, for each family member who gets a copy, their
 * copy of the record, the plan(s) and a letter addressed to them.
 */
export function buildDocumentSet(
  conference: Conference,
  config: Config,
  options: DocumentOptions = {},
): DocumentSet {
  const minutes = buildMinutes(conference, config, options);
  const plans = buildOutlinePlans(conference, config, options);
  const planName = (doc: DocModel, i: number) =>
    plans.length === 1 && doc.meta.childIds.length > 1 ? 'outline-plan' : `outline-plan-${i + 1}`;
  const documents: NamedDocument[] = [
    { name: 'conference-record', doc: minutes },
    ...plans.map((doc, i) => ({ name: planName(doc, i), doc })),
    {
      name: 'decision-letter',
      doc: buildDecisionLetter(conference, config, { kind: 'professional' }, options),
    },
  ];
  const annex = buildRestrictedAnnex(conference, config, options);
  if (annex) {
    documents.push({ name: 'restricted-annex', doc: annex });
  }
  const copyChildren: Record<string, readonly string[]> = {};
  for (const r of familyRecipients(conference)) {
    if (r.personId === undefined) {
      continue;
    }
    const member = conference.household.find((m) => m.id === r.personId);
    const childIds = member ? copyChildIdsOf(conference, member) : undefined;
    const who = {
      personId: r.personId,
      name: r.name,
      ...(childIds === undefined ? {} : { childIds }),
    };
    if (childIds !== undefined) {
      copyChildren[r.personId] = childIds;
    }
    const stem = `family-${slug(r.name)}`;
    // A copy without some children's details names only the chosen children in its subtitle, its document
    // properties and its footer, as in its body (docs/domain.md §4.3).
    const namingOnly = (doc: DocModel): DocModel => {
      if (childIds === undefined) {
        return doc;
      }
      const kept = doc.meta.childIds.filter((id) => childIds.includes(id));
      const names = formatList(
        conference.children.filter((c) => kept.includes(c.details.id)).map((c) => c.details.name),
      );
      return {
        ...doc,
        ...(doc.kind === 'minutes'
          ? { subtitle: minutesSubtitle(conference, names) }
          : {
              subtitle: planSubtitle(conference, names),
              frame: frameFor(conference, config, planFooterLead(names), options),
            }),
        meta: { ...doc.meta, childIds: kept },
      };
    };
    // A plan about none of the children chosen for this copy is not part of it.
    const about = (doc: DocModel) =>
      childIds === undefined || doc.meta.childIds.some((id) => childIds.includes(id));
    documents.push(
      { name: `${stem}-conference-record`, doc: namingOnly(redactForFamily(minutes, who)) },
      ...plans.flatMap((doc, i) =>
        about(doc)
          ? [{ name: `${stem}-${planName(doc, i)}`, doc: namingOnly(redactForFamily(doc, who)) }]
          : [],
      ),
      {
        name: `${stem}-decision-letter`,
        doc: redactForFamily(
          buildDecisionLetter(
            conference,
            config,
            { kind: 'family', personId: who.personId, name: who.name },
            childIds === undefined ? options : { ...options, aboutChildIds: childIds },
          ),
          who,
        ),
      },
    );
  }
  return { documents, distribution: buildDistribution(conference), copyChildren };
}
