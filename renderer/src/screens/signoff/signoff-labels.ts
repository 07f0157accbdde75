// Plain-English labels for the sign-off screens: copy kinds, copy types, excluded parts, file formats, hashes.
// Terminology: docs/domain.md §6 (current wording only); §4.3 (full or partial copies).
import { COPY_TYPE_LABELS } from '../../../../shared/documents/distribution';
import type { SectionKey } from '../../../../shared/domain/household';
import type {
  DistributionRow,
  PlannedDocument,
} from '../../../../shared/ipc/contracts/documents-shapes';

export { COPY_TYPE_LABELS };

const SECTION_LABELS: Readonly<Record<SectionKey, string>> = {
  introductions: 'introductions',
  attendance: 'attendance',
  purpose: 'purpose of the conference',
  reports: 'reports',
  'agency-information': 'agency information',
  'parents-views': "parents' views",
  'child-views': "the child's views",
  analysis: 'analysis',
  'agency-views': "each agency's view",
  decision: 'decision',
  category: 'category',
  'outline-plan': 'outline plan',
  'core-group': 'core group',
  summary: "chair's summary",
};

/** "Family copy for Jade Example", "Professional copy", "Restricted annex (professionals only)". */
export function copyLabel(d: Pick<PlannedDocument, 'copy' | 'copyFor'>): string {
  switch (d.copy) {
    case 'family':
      return `Family copy for ${d.copyFor ?? 'a family member'}`;
    case 'restricted':
      return 'Restricted annex (professionals only)';
    case 'professional':
      return 'Professional copy';
  }
}

/**
 * What a recipient's copy leaves out, as the documents built for it really omit it (row.leftOut, one line each);
 * for a version recorded before that was kept, from the sections they were excluded from.
 */
export function leftOut(row: DistributionRow): string {
  if (row.leftOut !== undefined) {
    return row.leftOut.length === 0 ? 'Nothing' : row.leftOut.join('. ');
  }
  if (row.excludedSections === 'whole') {
    return 'Every part they were excluded from (the whole conference)';
  }
  if (row.excludedSections.length === 0) {
    return 'Nothing';
  }
  const text = row.excludedSections.map((s) => SECTION_LABELS[s]).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A long hash split into groups of 8 so it can be read aloud and wraps on small screens. */
export function groupedHash(hex: string): string {
  return hex.match(/.{1,8}/g)?.join(' ') ?? hex;
}
