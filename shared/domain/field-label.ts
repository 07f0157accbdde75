// A field's name in plain English from its dotted path, so a finding can say which field it is about
// ("Decision for Mia Example: rationale"). Known parts have their screen labels; others are spelt out from the
// property name. Rules: docs/domain.md §9.2 (every finding names its field).
import type { Conference } from './conference';

const LABELS: Readonly<Record<string, string>> = {
  purpose: 'Purpose of the conference',
  reasonForConference: 'Reason for the conference',
  section47Outcome: 'Outcome of the section 47 enquiry',
  background: 'Background',
  agencyInformation: 'Information from agencies',
  parentsViews: "Parents' views",
  widerFamilyViews: "Wider family's views",
  strengths: 'Strengths',
  concerns: 'Concerns',
  signsOfSafety: 'Signs of Safety',
  scaling: 'Scaling',
  chairSummary: "Chair's summary",
  views: "Child's views",
  decision: 'Decision',
  plan: 'Outline plan',
  details: "Child's details",
  review: 'Review',
  reports: 'Report',
  agencyViews: 'Agency view',
  household: 'Household member',
  professionals: 'Professional',
  attendance: 'Attendance',
  delay: 'Delay',
  quorum: 'Quorum',
  transferIn: 'Transfer in',
  administration: 'Administration',
  chair: 'Chair',
};

/** "familyDisagreement" → "family disagreement". */
const spelt = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\bcp\b/g, 'CP');

/** The plain-English name of the field at a dotted path such as 'children.0.decision.rationale'. */
export function fieldLabel(path: string, c?: Conference): string {
  // "discussion" only groups the discussion's sections, each of which has its own label.
  const parts = path
    .split('.')
    .filter(
      (p, i, all) => p !== 'text' && p !== 'block' && !(p === 'discussion' && i < all.length - 1),
    );
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) {
      continue;
    }
    if (part === 'children' && /^\d+$/.test(parts[i + 1] ?? '')) {
      const name = c?.children[Number(parts[i + 1])]?.details.name.trim();
      const next = parts[i + 2];
      const what = next !== undefined ? (LABELS[next] ?? spelt(next)) : 'Child';
      words.push(name ? `${what} for ${name}` : what);
      i += 2;
      continue;
    }
    words.push(words.length === 0 ? (LABELS[part] ?? spelt(part)) : spelt(part));
  }
  const [head, ...rest] = words;
  if (head === undefined) {
    return 'A field';
  }
  const first = head.charAt(0).toUpperCase() + head.slice(1);
  return rest.length > 0 ? `${first}: ${rest.join(', ')}` : first;
}
