// Census-style export of conference and plan fields (DateOfInitialCPC, InitialCPCtarget, CPPstartDate,
// InitialCategoryOfAbuse, LatestCategoryOfAbuse, CPPreviewDate, CPPendDate) as CSV or XML downloads, for plans open
// in a chosen period. Rule source: docs/list.md.
import { useId, useState } from 'react';

import { plural } from '../../../../shared/domain/format-en-gb';
import type { AppError } from '../../../../shared/ipc/result';
import { censusIssueLine } from '../../../../shared/list/census-rules';
import type { CensusIssue } from '../../../../shared/list/census-rules';
import { invoke } from '../../api/client';
import { DateField, useDateDraft } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';

import { downloadText } from './download';
import { useScreenHeading } from './ListNav';

const TITLE = 'Census export';

const FIELDS = [
  'CPPID',
  'NumberOfPreviousCPP',
  'S47ActualStartDate',
  'ICPCnotRequired',
  'DateOfInitialCPC',
  'InitialCPCtarget',
  'CPPstartDate',
  'InitialCategoryOfAbuse',
  'LatestCategoryOfAbuse',
  'CPPreviewDate',
  'CPPendDate',
];

export function CensusScreen() {
  const id = useId();
  const heading = useScreenHeading(TITLE);
  const from = useDateDraft(undefined);
  const to = useDateDraft(undefined);
  const [error, setError] = useState<AppError | null>(null);
  const [said, setSaid] = useState('');
  const [issues, setIssues] = useState<CensusIssue[]>([]);
  const [notStarted, setNotStarted] = useState<{ planId: string; message: string }[]>([]);

  const run = async (format: 'csv' | 'xml') => {
    const f = from.read();
    const t = to.read();
    if (!f.ok || !t.ok) {
      return;
    }
    setSaid('');
    const r = await invoke('list.exportCensus', {
      format,
      ...(f.date ? { from: f.date } : {}),
      ...(t.date ? { to: t.date } : {}),
    });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setIssues(r.value.issues);
    setNotStarted(r.value.notStarted);
    if (r.value.blocked) {
      setSaid('The census file was not made: correct the errors listed (queries only warn).');
      return;
    }
    downloadText(r.value.filename, r.value.mediaType, r.value.text);
    setSaid(`Downloaded ${r.value.filename} with ${plural(r.value.rows, 'plan')}.`);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {TITLE}
      </h1>
      <p className="lead">
        One row for each child protection plan open at any time in the period, with the census
        fields{' '}
        {FIELDS.map((f, i) => (
          <span key={f}>
            <code>{f}</code>
            {i < FIELDS.length - 2 ? ', ' : i === FIELDS.length - 2 ? ' and ' : ''}
          </span>
        ))}
        .
      </p>
      {error ? <ErrorSummary error={error} title="The export did not work" /> : null}
      <p>Leave both dates empty for every plan.</p>
      <div className="list-filters">
        <DateField
          id={`${id}-from`}
          label="Plans open from"
          text={from.text}
          error={from.error}
          onText={from.setText}
          onDone={() => void from.read()}
        />
        <DateField
          id={`${id}-to`}
          label="Plans open to"
          text={to.text}
          error={to.error}
          onText={to.setText}
          onDone={() => void to.read()}
        />
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => void run('csv')}>
          Download CSV
        </button>
        <button type="button" className="button button--secondary" onClick={() => void run('xml')}>
          Download XML
        </button>
      </div>
      <p role="status" className="list-said">
        {said}
      </p>
      {issues.length > 0 ? (
        <section aria-labelledby={`${id}-issues`}>
          <h2 id={`${id}-issues`}>Census checks</h2>
          <ul>
            {issues.map((i) => (
              <li key={`${i.rule}-${i.planId}`}>{censusIssueLine(i)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {notStarted.length > 0 ? (
        <section aria-labelledby={`${id}-not-started`}>
          <h2 id={`${id}-not-started`}>Plans that start at birth</h2>
          <ul>
            {notStarted.map((n) => (
              <li key={n.planId}>{n.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
