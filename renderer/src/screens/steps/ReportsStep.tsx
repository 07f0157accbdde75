// Live mode, reports: the written reports the conference received, who wrote them, when, and whether each was
// shared with the parents beforehand; add and remove. Rule source: docs/domain.md §1.4 (reports shared with the
// family before), §1.10 (the record lists reports and whether shared), §9.1 (Reports), §9.2 rule 9.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';

import type { Report } from '../../../../shared/domain/discussion';
import type { ItemId } from '../../../../shared/domain/ids';
import type { Professional } from '../../../../shared/domain/professionals';
import { fieldIdFor } from '../../components/field-id';
import { useConference } from '../../state/conference-store';
import type { StepProps } from '../live/step-props';

import { ReportCard } from './ReportCard';

const OTHER = '';

export function ReportsStep({ c }: StepProps) {
  const apply = useConference((s) => s.apply);
  const [authorId, setAuthorId] = useState<string>(OTHER);
  const [author, setAuthor] = useState('');
  const [agency, setAgency] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // After "Add report", the focus goes to the new report's date received: its author and agency are filled in.
  const focusReport = useRef<number | null>(null);
  useEffect(() => {
    const at = focusReport.current;
    if (at !== null && c.reports.length > at) {
      document.getElementById(fieldIdFor(['reports', at, 'receivedOn']))?.focus();
      focusReport.current = null;
    }
  }, [c.reports.length]);

  const add = (e: FormEvent) => {
    e.preventDefault();
    addReport(c.professionals.find((p) => p.id === authorId));
  };
  // One click for a report from a professional of the conference who has none yet (docs/room.md).
  const withReport = new Set(c.reports.map((r) => r.authorId));
  const quick = c.professionals.filter((p) => !withReport.has(p.id));

  const addReport = (pro: Professional | undefined) => {
    const name = pro ? pro.name : author.trim();
    if (name === '') {
      setProblem('Choose who wrote the report, or type their name.');
      return;
    }
    const report: Report = {
      id: crypto.randomUUID() as ItemId,
      ...(pro ? { authorId: pro.id } : {}),
      author: name,
      agency: pro ? pro.agency : agency.trim(),
      sharedWithParents: false,
      summary: { text: '' },
    };
    const failed = apply({ type: 'insert', path: ['reports'], value: report });
    setProblem(failed ? failed.message : null);
    if (!failed) {
      focusReport.current = c.reports.length;
      setAuthorId(OTHER);
      setAuthor('');
      setAgency('');
    }
  };

  return (
    <>
      {c.reports.length === 0 ? (
        <p>No reports recorded yet. Add each written report the conference received.</p>
      ) : (
        c.reports.map((r, i) => <ReportCard key={r.id} report={r} index={i} />)
      )}
      <form className="step-part" onSubmit={add} aria-labelledby="add-report-title" noValidate>
        <h2 id="add-report-title">Add a report</h2>
        {problem ? (
          <p className="error-message" role="alert">
            {problem}
          </p>
        ) : null}
        {quick.length > 0 ? (
          <div className="quick-add" role="group" aria-labelledby="quick-report-title">
            <p className="hint" id="quick-report-title">
              A report from a professional of this conference, in one click:
            </p>
            {quick.map((p) => (
              <button
                key={p.id}
                type="button"
                className="button button--secondary button--small"
                aria-label={`Add a report from ${p.name}`}
                onClick={() => addReport(p)}
              >
                {p.name}
              </button>
            ))}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="report-author-id">Who wrote it</label>
          <select
            id="report-author-id"
            value={authorId}
            onChange={(e) => setAuthorId(e.target.value)}
          >
            <option value={OTHER}>Someone not in the list of professionals</option>
            {c.professionals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}, {p.agency || p.role}
              </option>
            ))}
          </select>
        </div>
        {authorId === OTHER ? (
          <>
            <div className="field">
              <label htmlFor="report-author">Author&apos;s name</label>
              <input
                id="report-author"
                type="text"
                value={author}
                onChange={(e) => setAuthor(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="report-agency">Agency</label>
              <input
                id="report-agency"
                type="text"
                value={agency}
                onChange={(e) => setAgency(e.target.value)}
              />
            </div>
          </>
        ) : null}
        <button type="submit" className="button button--secondary">
          Add report
        </button>
      </form>
    </>
  );
}
