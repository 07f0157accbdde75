// The two tables of the enquiry log: the monthly count and the enquiries themselves (who asked, why, about whom,
// the answer given and how many records matched). Rule source: docs/list.md.
import { plural } from '../../../../shared/domain/format-en-gb';
import type { EnquiryRecord, MonthlyCount } from '../../../../shared/list/enquiry-schemas';

import { ANSWER_LABELS, dateOr, dateTimeText, monthText } from './list-labels';

export function MonthlyTable({ monthly }: { monthly: MonthlyCount[] }) {
  if (monthly.length === 0) {
    return <p>No enquiries in this period.</p>;
  }
  return (
    <table className="data-table monthly-table">
      <caption className="visually-hidden">Enquiries each month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Enquiries</th>
          <th scope="col">{ANSWER_LABELS['subject-to-plan']}</th>
          <th scope="col">{ANSWER_LABELS['no-match']}</th>
          <th scope="col">{ANSWER_LABELS['cannot-confirm']}</th>
        </tr>
      </thead>
      <tbody>
        {monthly.map((m) => (
          <tr key={m.month}>
            <th scope="row">{monthText(m.month)}</th>
            <td>{m.total}</td>
            <td>{m.subjectToPlan}</td>
            <td>{m.noMatch}</td>
            <td>{m.cannotConfirm}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function askedAbout(c: EnquiryRecord['criteria']): string {
  const parts = [
    c.name ? `Name: ${c.name}` : '',
    c.dateOfBirth ? `Born ${dateOr(c.dateOfBirth)}` : '',
    c.address ? `Address: ${c.address}` : '',
    c.postcode ? `Postcode: ${c.postcode}` : '',
    c.nhsNumber ? `NHS number: ${c.nhsNumber}` : '',
  ].filter(Boolean);
  return parts.join('; ');
}

function matchesText(e: EnquiryRecord): string {
  if (e.matches.length === 0) {
    return 'None';
  }
  const strong = e.matches.filter((m) => m.strength === 'strong').length;
  const active = e.matches.filter((m) => m.planStatus === 'active').length;
  return `${plural(e.matches.length, 'record')} (${strong} strong, ${active} with a plan now)`;
}

export function EnquiryTable({ enquiries }: { enquiries: EnquiryRecord[] }) {
  if (enquiries.length === 0) {
    return <p>No enquiries match these filters.</p>;
  }
  return (
    <table className="data-table enquiry-table">
      <caption className="visually-hidden">Enquiries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When and reference</th>
          <th scope="col">Enquirer</th>
          <th scope="col">Reason</th>
          <th scope="col">Asked about</th>
          <th scope="col">Answer given</th>
          <th scope="col">Matches</th>
        </tr>
      </thead>
      <tbody>
        {enquiries.map((e) => (
          <tr key={e.id}>
            <td>
              {dateTimeText(e.at)}
              <br />
              <span className="hint">{e.id}</span>
            </td>
            <td>
              {e.enquirer.name}
              <br />
              <span className="hint">
                {e.enquirer.role}, {e.enquirer.agency}, {e.enquirer.phone}
              </span>
            </td>
            <td>{e.enquirer.reason}</td>
            <td>{askedAbout(e.criteria)}</td>
            <td>
              {ANSWER_LABELS[e.answer.code]}
              {e.unreadRecords !== undefined ? (
                <span className="hint">
                  {' '}
                  ({e.unreadRecords === 1 ? '1 record' : `${e.unreadRecords} records`} could not be
                  read)
                </span>
              ) : null}
            </td>
            <td>{matchesText(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
