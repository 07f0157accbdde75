// What a sign-off will produce: each document with its copy type (professional, family member's, restricted
// annex), and the distribution list with each recipient's copy and what it leaves out.
// Rule source: docs/domain.md §9.4 (documents), §4.3 (full or partial copies; parts a person was excluded from).
import type {
  DistributionRow,
  PlannedDocument,
} from '../../../../shared/ipc/contracts/documents-shapes';

import { COPY_TYPE_LABELS, copyLabel, leftOut } from './signoff-labels';

export function DocumentPlan({
  documents,
  distribution,
}: {
  documents: readonly PlannedDocument[];
  distribution: readonly DistributionRow[];
}) {
  return (
    <>
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">Documents the sign-off will produce</h2>
        <p className="hint">
          Each is signed as a PDF, and kept as a Word document with a separate signature file.
        </p>
        <table className="data-table" aria-labelledby="plan-title">
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Copy</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.stem}>
                <td>{d.title}</td>
                <td>{copyLabel(d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
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
    </>
  );
}
