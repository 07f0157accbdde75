// The restricted annex: restricted and third-party information as a separate document with its own distribution
// list. Rules: docs/domain.md §9.4 items 3.16 and 4, §1.10 (confidential and third-party information).
import type { Config } from '../domain/config';
import type { Conference } from '../domain/conference';

import type { DocumentOptions } from './conference-facts';
import { dateText, frameFor, restrictedItems } from './conference-facts';
import type { DocModel, DocNode } from './doc-model';
import { fields, heading, para, table } from './doc-model';
import { conferenceTitle } from './minutes-people';

/**
 * Builds the restricted annex, or undefined when the conference holds no restricted information. Every item is
 * a restricted node with its audience; the distribution list is everyone in any item's audience.
 */
export function buildRestrictedAnnex(
  conference: Conference,
  config: Config,
  options: DocumentOptions = {},
): DocModel | undefined {
  const items = restrictedItems(conference);
  if (items.length === 0) {
    return undefined;
  }
  const audience = [...new Set(items.flatMap((i) => i.audience))];
  const itemNodes: DocNode[] = items.flatMap((i) => [
    {
      kind: 'restricted',
      ref: i.ref,
      reason: i.reason,
      audience: i.audience,
      children: [
        heading(2, `${i.ref}: ${i.where}`),
        fields([
          { label: 'Why it is restricted', value: i.reason || 'Not recorded' },
          { label: 'Third-party information', value: i.thirdParty ? 'Yes' : 'No' },
          {
            label: 'Shared only with',
            value: i.audience.join(', ') || 'Not yet decided by the chair',
          },
        ]),
        para(i.text),
      ],
    },
  ]);
  return {
    kind: 'restricted-annex',
    title: 'Restricted annex to the conference record',
    subtitle: `${conferenceTitle(conference)} on ${dateText(conference.date)}`,
    frame: frameFor(conference, config, 'Restricted annex', options),
    meta: {
      conferenceId: conference.id,
      version: options.version ?? 0,
      conferenceDate: conference.date,
      audience: { kind: 'professional' },
      childIds: conference.children.map((c) => c.details.id),
    },
    body: [
      para(
        'RESTRICTED. This annex holds information that must not be shared with the family or with anyone outside its distribution list. It is never part of a family copy.',
        'strong',
      ),
      heading(1, 'Restricted items'),
      ...itemNodes,
      heading(1, 'Distribution of this annex'),
      table(
        ['Name'],
        audience.map((a) => [a]),
      ),
      heading(1, "Chair's approval"),
      { kind: 'signature', signature: null },
    ],
  };
}
