// The distribution list as the sign-off screen and the version record show it: each recipient with the copy they
// get and what that copy really leaves out, read from the documents built for this sign-off.
// Rule source: docs/domain.md §4.3 (copies and distribution), §1.10 (restricted information).
import { familyCopyOmissions } from '../../../shared/documents/copy-omissions';
import type { DocumentSet } from '../../../shared/documents/document-set';
import type { DistributionRow } from '../../../shared/ipc/contracts/documents-shapes';

/** The rows of the distribution list with what each copy leaves out. */
export function distributionRows(set: DocumentSet): DistributionRow[] {
  const professional = set.documents
    .filter((d) => !d.name.startsWith('family-') && d.doc.kind !== 'restricted-annex')
    .map((d) => d.doc);
  const hasAnnex = set.documents.some((d) => d.doc.kind === 'restricted-annex');
  return set.distribution.map((d) => {
    let leftOut: string[] = [];
    if (d.copyType === 'none') {
      leftOut = ['No copy is sent'];
    } else if (d.kind === 'family' && d.personId !== undefined) {
      // The copy type already says partial when children are left out (shared/documents/distribution.ts).
      leftOut = familyCopyOmissions(professional, d.personId, set.copyChildren?.[d.personId]);
      if (hasAnnex) {
        leftOut.push('The restricted annex (professionals only)');
      }
    }
    return {
      name: d.name,
      role: d.role,
      kind: d.kind,
      copyType: d.copyType,
      excludedSections: d.excludedSections === 'whole' ? 'whole' : [...d.excludedSections],
      leftOut,
    };
  });
}
