// Family copies hold only the chosen children's details, checked on the rendered PDFs with pdftotext: each copy of
// a father of two of three siblings (default: his own children) and of a mother who, by the chair's choice, gets
// one child only. Rule source: docs/domain.md §4.3 (copies), §1.10 (what reaches the family).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { renderPdf } from '../../../electron/services/documents/pdf-renderer';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import type { Conference } from '../../../shared/domain/conference';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

import { collapse, tempDir } from './tools';

const dir = tempDir('family-children');

/** Details that belong to one child only, as printed (NHS number, date of birth, own words). */
const DETAILS: Readonly<Record<string, readonly string[]>> = {
  'Mia Example': ['9990000018', '14 March 2021'],
  'Noah Example': ['9990000026', '20 May 2018'],
  'Ava Example': [
    '9990000034',
    '2 July 2016',
    'Ava attended part of the conference',
    'Ava is not likely to suffer significant harm',
  ],
};

function conference(): Conference {
  const c = aDocumentConference();
  const id = (name: string) => c.children.find((ch) => ch.details.name === name)!.details.id;
  return {
    ...c,
    household: c.household.map((m) => {
      if (m.name === 'Liam Example') {
        return {
          ...m,
          childLinks: (m.childLinks ?? []).map((l) =>
            l.childId === id('Ava Example') ? { ...l, relationship: 'Not related' } : l,
          ),
        };
      }
      return m.name === 'Jade Example' ? { ...m, copyChildIds: [id('Noah Example')] } : m;
    }),
  };
}

const set = buildDocumentSet(conference(), DOC_CONFIG, { version: 1 });

async function pdfText(name: string): Promise<string> {
  const named = set.documents.find((d) => d.name === name)!;
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderPdf(named.doc));
  return collapse(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

const cases = [
  ['family-liam-example-', ['Mia Example', 'Noah Example']],
  ['family-jade-example-', ['Noah Example']],
] as const;

describe.each(cases)('every copy starting %s', (prefix, chosen) => {
  const names = set.documents.filter((d) => d.name.startsWith(prefix)).map((d) => d.name);
  it.each(names)('%s holds no other child’s details', { timeout: 60_000 }, async (name) => {
    const text = await pdfText(name);
    for (const [child, details] of Object.entries(DETAILS)) {
      if (!(chosen as readonly string[]).includes(child)) {
        for (const detail of details) {
          expect(text, `${child}: ${detail}`).not.toContain(detail);
        }
      }
    }
    if (name.endsWith('conference-record')) {
      for (const child of chosen) {
        expect(text).toContain(DETAILS[child]![0]);
      }
    }
  });
});

it('a copy of the record for every child still holds every child (the professional record)', async () => {
  const text = await pdfText('conference-record');
  for (const details of Object.values(DETAILS)) {
    expect(text).toContain(details[0]);
  }
});
