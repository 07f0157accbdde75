// The distribution list says what each copy really leaves out: computed from the documents the family copies are
// cut from, by the same rules as redactForFamily. Rule source: docs/domain.md §4.3 and §1.10.
import { describe, expect, it } from 'vitest';

import type { Conference } from '../../../shared/domain/conference';
import { familyCopyOmissions } from '../../../shared/documents/copy-omissions';
import type { DocModel, DocNode } from '../../../shared/documents/doc-model';
import { buildDocumentSet } from '../../../shared/documents/document-set';
import { distributionRows } from '../../../electron/services/signoff/distribution-rows';
import { DOC_CONFIG, aDocumentConference } from '../../fixtures/documents';

function count(nodes: readonly DocNode[], kind: DocNode['kind']): number {
  return nodes.reduce(
    (n, node) =>
      n + (node.kind === kind ? 1 : 0) + ('children' in node ? count(node.children, kind) : 0),
    0,
  );
}

const professionalDocs = (c: Conference): DocModel[] =>
  buildDocumentSet(c, DOC_CONFIG)
    .documents.filter((d) => !d.name.startsWith('family-'))
    .map((d) => d.doc);

describe('what each copy leaves out', () => {
  const c = aDocumentConference();
  const rows = distributionRows(buildDocumentSet(c, DOC_CONFIG));

  it('names restricted information and the annex for every family member who gets a copy', () => {
    const family = rows.filter((r) => r.kind === 'family' && r.copyType !== 'none');
    expect(family.length).toBeGreaterThan(0);
    for (const r of family) {
      expect(r.leftOut?.join(' ')).toMatch(/Restricted information under: /);
      expect(r.leftOut).toContain('The restricted annex (professionals only)');
      expect(r.leftOut).not.toContain('Nothing');
    }
  });

  it('names the parts an excluded family member was not part of, and only for them', () => {
    const excluded = c.household.filter((m) => m.exclusion !== undefined && m.invited);
    expect(excluded.length).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x.kind === 'family')) {
      const wasExcluded = excluded.some((m) => m.name === r.name);
      const line = r.leftOut?.find((l) => l.startsWith('Parts they were excluded from: '));
      expect(line !== undefined, `${r.name}: ${String(r.leftOut)}`).toBe(
        wasExcluded && r.copyType !== 'none',
      );
    }
  });

  it('leaves nothing out of a professional copy', () => {
    for (const r of rows.filter((x) => x.kind === 'professional')) {
      expect(r.leftOut).toEqual([]);
    }
  });

  it('agrees with the family copies themselves: nothing left out exactly when the copy is the whole record', () => {
    const docs = professionalDocs(c);
    const set = buildDocumentSet(c, DOC_CONFIG);
    for (const m of c.household) {
      const omitted = familyCopyOmissions(docs, m.id);
      const copies = set.documents.filter(
        (d) =>
          d.doc.meta.audience.kind === 'family' &&
          (d.doc.meta.audience as { personId: string }).personId === m.id,
      );
      for (const copy of copies) {
        expect(count(copy.doc.body, 'restricted')).toBe(0);
      }
      const restrictedInSource = docs.reduce((n, d) => n + count(d.body, 'restricted'), 0);
      expect(
        omitted.some((l) => l.startsWith('Restricted information')),
        m.name,
      ).toBe(restrictedInSource > 0);
    }
  });

  it('says nothing is left out when there is no restricted information, exclusion or private detail', () => {
    const plain = aDocumentConference();
    const docs: DocModel[] = [
      {
        ...professionalDocs(plain)[0]!,
        body: [
          { kind: 'heading', level: 2, text: 'Background' },
          { kind: 'paragraph', text: 'The family moved in 2024.' },
        ],
      },
    ];
    expect(familyCopyOmissions(docs, plain.household[0]!.id)).toEqual([]);
  });
});
