// One report on the reports step: author and agency, date received, shared with the parents (and when), a
// restricted flag for the whole report, its summary, and removal with a confirmation.
// Rule source: docs/domain.md §9.1 (Reports: author, agency, shared y/n and date, restricted, audience).
import { useState } from 'react';

import type { Report } from '../../../../shared/domain/discussion';
import { DateInput } from '../../components/DateInput';
import { fieldIdFor } from '../../components/field-id';
import { RestrictionFields } from '../../components/RestrictionFields';
import { TextBlockField } from '../../components/TextBlockField';
import { TextField } from '../../components/TextField';
import { useConference } from '../../state/conference-store';
import { useViewSettings } from '../../state/view-settings';

type Props = { report: Report; index: number };

export function ReportCard({ report, index }: Props) {
  const apply = useConference((s) => s.apply);
  const projectorSafe = useViewSettings((s) => s.projectorSafe);
  const [confirming, setConfirming] = useState(false);
  const path = ['reports', index];
  const sharedId = fieldIdFor([...path, 'sharedWithParents']);
  const title = `Report from ${report.author}${report.agency ? `, ${report.agency}` : ''}`;

  if (projectorSafe && report.restriction) {
    return (
      <section className="step-part" aria-label={title}>
        <h2>Report {index + 1}</h2>
        <p className="restricted-note" id={fieldIdFor(path)} tabIndex={-1}>
          Restricted – hidden while sharing the screen.
        </p>
      </section>
    );
  }

  return (
    <section className="step-part" aria-labelledby={`report-${report.id}`}>
      <h2 id={`report-${report.id}`}>{title}</h2>
      <TextField label="Author" path={[...path, 'author']} value={report.author} />
      <TextField label="Agency" path={[...path, 'agency']} value={report.agency} />
      <DateInput label="Date received" path={[...path, 'receivedOn']} value={report.receivedOn} />
      <div className="choice">
        <input
          type="checkbox"
          id={sharedId}
          checked={report.sharedWithParents}
          onChange={(e) =>
            apply({ type: 'set', path: [...path, 'sharedWithParents'], value: e.target.checked })
          }
        />
        <label htmlFor={sharedId}>Shared with the parents before the conference</label>
      </div>
      {report.sharedWithParents ? (
        <DateInput
          label="Date shared with the parents"
          path={[...path, 'sharedOn']}
          value={report.sharedOn}
        />
      ) : null}
      <RestrictionFields label={title} path={path} restriction={report.restriction} />
      <TextBlockField
        label={`Summary of the report from ${report.author}`}
        path={[...path, 'summary']}
        block={report.summary}
        rows={4}
      />
      {confirming ? (
        <div className="actions" role="group" aria-label={`Remove ${title}?`}>
          <button
            type="button"
            className="button"
            onClick={() => apply({ type: 'remove', path: ['reports'], index })}
          >
            Yes, remove this report
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          Remove {title}
        </button>
      )}
    </section>
  );
}
