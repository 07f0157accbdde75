// The enquiry log: every check "is this child subject to a plan?", newest first, with filters (date range, answer,
// search) and the count for each month. Rule source: docs/list.md; docs/domain.md §6 (enquiries are logged so patterns
// can be spotted).
import { useEffect, useId, useRef, useState } from 'react';

import { ANSWER_CODES } from '../../../../shared/list/enquiry-schemas';
import type {
  AnswerCode,
  EnquiryRecord,
  MonthlyCount,
} from '../../../../shared/list/enquiry-schemas';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { DateField, useDateDraft } from '../../components/DateField';
import { ErrorSummary } from '../../components/ErrorSummary';

import { EnquiryTable, MonthlyTable } from './EnquiryTables';
import { ANSWER_LABELS } from './list-labels';
import { useScreenHeading } from './ListNav';
import { PlainField } from './PlainField';

const TITLE = 'Enquiry log';

type Query = { from?: string; to?: string; answer?: AnswerCode; search?: string };

/** The query with one filter set, or removed when it is empty. */
function put<K extends keyof Query>(q: Query, k: K, v: Query[K] | undefined): Query {
  const next = { ...q };
  if (v === undefined || v === '') {
    delete next[k];
  } else {
    next[k] = v;
  }
  return next;
}

export function EnquiryLogScreen() {
  const id = useId();
  const heading = useScreenHeading(TITLE);
  const from = useDateDraft(undefined);
  const to = useDateDraft(undefined);
  const [answer, setAnswer] = useState<AnswerCode | ''>('');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState<Query>({});
  const [log, setLog] = useState<{
    enquiries: EnquiryRecord[];
    monthly: MonthlyCount[];
    unreadRecords: number;
  } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const latest = useRef(0);

  // Dates apply when the user leaves the field; answer at once; search after a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => put(q, 'search', search.trim())), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const key = JSON.stringify(query);
  useEffect(() => {
    const mine = ++latest.current;
    void invoke('list.enquiries', JSON.parse(key) as Query).then((r) => {
      if (mine !== latest.current) {
        return;
      }
      if (r.ok) {
        setLog(r.value);
        setError(null);
      } else {
        setError(r.error);
      }
    });
  }, [key]);

  const dateDone = (which: 'from' | 'to', draft: typeof from) => {
    const r = draft.read();
    if (r.ok) {
      setQuery((q) => put(q, which, r.date));
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {TITLE}
      </h1>
      {error ? <ErrorSummary error={error} /> : null}
      {log && log.unreadRecords > 0 ? (
        <div className="list-notice" role="alert" data-testid="unread-notice">
          <p>
            <strong>Warning: </strong>
            {log.unreadRecords === 1
              ? '1 logged enquiry could not be read, so this log and its monthly counts may be incomplete.'
              : `${log.unreadRecords.toLocaleString('en-GB')} logged enquiries could not be read, so this log and its monthly counts may be incomplete.`}
          </p>
        </div>
      ) : null}
      <div className="list-filters">
        <DateField
          id={`${id}-from`}
          label="From"
          text={from.text}
          error={from.error}
          onText={from.setText}
          onDone={() => dateDone('from', from)}
        />
        <DateField
          id={`${id}-to`}
          label="To"
          text={to.text}
          error={to.error}
          onText={to.setText}
          onDone={() => dateDone('to', to)}
        />
        <div className="field">
          <label htmlFor={`${id}-answer`}>Answer given</label>
          <select
            id={`${id}-answer`}
            value={answer}
            onChange={(e) => {
              const v = e.target.value as AnswerCode | '';
              setAnswer(v);
              setQuery((q) => put(q, 'answer', v || undefined));
            }}
          >
            <option value="">Any answer</option>
            {ANSWER_CODES.map((c) => (
              <option key={c} value={c}>
                {ANSWER_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <PlainField
          id={`${id}-search`}
          type="search"
          label="Search the log"
          hint="The enquirer's name, role, agency or reason, or the name asked about."
          value={search}
          onChange={setSearch}
        />
      </div>
      {log ? (
        <>
          <p role="status" aria-live="polite" className="list-summary">
            {log.enquiries.length === 1
              ? '1 enquiry matches.'
              : `${log.enquiries.length} enquiries match.`}
          </p>
          <h2>Enquiries each month</h2>
          <MonthlyTable monthly={log.monthly} />
          <h2>Enquiries</h2>
          <EnquiryTable enquiries={log.enquiries} />
        </>
      ) : error ? null : (
        <p role="status">Loading the enquiry log…</p>
      )}
    </>
  );
}
