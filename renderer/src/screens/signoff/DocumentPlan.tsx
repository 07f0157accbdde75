// The distribution list a sign-off will produce: each recipient with their copy and what it leaves out (the
// documents themselves are listed and shown in ./preview/DocumentPreview.tsx).
// Rule source: docs/domain.md §9.4 (documents), §4.3 (full or partial copies; parts a person was excluded from).
import type { DistributionRow } from '../../../../shared/ipc/contracts/documents-shapes';

import { COPY_TYPE_LABELS, leftOut } from './signoff-labels';

export function DocumentPlan({ distribution }: { distribution: readonly DistributionRow[] }) {
  return (
    <section aria-labelledby="distribution-title">
      <h2 id="distribution-title">Distribution list</h2>
      <table className="data-table" aria-labelledby="distribution-title">
        <thead>
          <tr>
            <th scope="col">Recipient</th>
            <th scope="col">Role</th>
            <th scope="col" className="cell--short">
              Copy
            </th>
            <th scope="col">Left out of their copy</th>
          </tr>
        </thead>
        <tbody>
          {distribution.map((r, i) => (
            <tr key={`${r.name}-${i}`}>
              <td>{r.name}</td>
              <td>{r.role}</td>
              <td className="cell--short">{COPY_TYPE_LABELS[r.copyType]}</td>
              <td>{leftOut(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
