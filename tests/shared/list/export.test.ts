// CSV quoting and formula-injection guard, XML escaping, and the census records of derived plans.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { censusCsv, censusRecord, censusXml, openDuring } from '../../../shared/list/census';
import { csvCell, csvText, listCsv, xmlEscape } from '../../../shared/list/csv';
import { deriveList } from '../../../shared/list/derive';
import { buildIndex } from '../../../shared/list/list-index';
import { listChild, listConference } from '../../fixtures/list';

/** A small RFC 4180 reader, to prove the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      const cell = parseCsv(`${csvCell(evil)}\r\n`)[0]![0]!;
      expect(cell).toBe(`'${evil}`);
    }
  });

  it('round-trips any text through a CSV reader, formula cells guarded (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const header = rows[0] ?? ['h'];
          const text = csvText(header, rows);
          const back = parseCsv(text);
          const guard = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
          expect(back).toEqual([header, ...rows].map((r) => r.map(guard)));
        },
      ),
      { examples: [[[["'-", '=1', 'a,"b"']]]] },
    );
  });

  it('writes the list with a byte order mark and one row per child', () => {
    const d = deriveList(
      [
        listConference('c', '2026-01-05', [
          listChild({ id: 'z', name: 'Zoë =Example', address: '1 Road, Town' }),
        ]),
      ],
      [],
      ENGLAND_DEFAULTS,
    );
    const rows = buildIndex(d, ENGLAND_DEFAULTS, '2026-01-06').active.map((e) => e.row!);
    const text = listCsv(rows);
    expect(text.startsWith('\uFEFFName,Date of birth')).toBe(true);
    expect(parseCsv(text.slice(1))[1]!.slice(0, 4)).toEqual([
      'Zoë =Example',
      '2020-06-01',
      '',
      '1 Road, Town',
    ]);
  });
});

describe('XML', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    expect(xmlEscape('bell\u0007 and \uFFFE')).toBe('bell and ');
  });

  it('leaves no markup character unescaped and decodes back to the text (property)', () => {
    const decode = (x: string) =>
      x.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) =>
        e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
      );
    // The point of the pattern is to refuse control characters XML 1.0 cannot hold.
    /* eslint-disable no-control-regex */
    const allowed =
      /^(?:[^<>&"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&(?:amp|lt|gt|quot|apos);)*$/u;
    /* eslint-enable no-control-regex */
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const escaped = xmlEscape(s);
        expect(escaped).toMatch(allowed);
        expect(decode(escaped)).toBe(
          [...s]
            .filter((ch) => /[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(ch))
            .join(''),
        );
      }),
    );
  });
});

describe('census records', () => {
  const plans = deriveList(
    [
      listConference('c1', '2026-01-05', [
        listChild({ id: 'mia', name: 'Mia Example', categories: ['neglect'] }),
      ]),
      listConference(
        'r1',
        '2026-04-02',
        [listChild({ id: 'mia', name: 'Mia Example', categories: ['neglect', 'emotional'] })],
        'review',
      ),
      listConference(
        'r2',
        '2026-10-01',
        [listChild({ id: 'mia', name: 'Mia Example', outcome: 'no-further-action' })],
        'review',
      ),
    ],
    [],
    ENGLAND_DEFAULTS,
  ).plans;

  it('gives initial and latest categories, every review date and the end date', () => {
    const r = censusRecord(plans[0]!, ENGLAND_DEFAULTS);
    expect(r).toEqual({
      LAchildID: 'mia',
      CPPID: plans[0]!.planId,
      NumberOfPreviousCPP: '0',
      S47ActualStartDate: '2025-12-10',
      ICPCnotRequired: '',
      DateOfInitialCPC: '2026-01-05',
      InitialCPCtarget: '2026-01-05',
      CPPstartDate: '2026-01-05',
      InitialCategoryOfAbuse: 'NEG',
      LatestCategoryOfAbuse: 'MUL',
      CPPreviewDate: ['2026-04-02', '2026-10-01'],
      CPPendDate: '2026-10-01',
    });
    expect(censusCsv([r]).split('\r\n')[1]).toBe(
      `mia,${plans[0]!.planId},0,2025-12-10,,2026-01-05,2026-01-05,2026-01-05,NEG,MUL,2026-04-02;2026-10-01,2026-10-01`,
    );
    const xml = censusXml([r], { authority: 'Fictionshire & District', generatedOn: '2026-11-01' });
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.documentElement?.getAttribute('authority')).toBe('Fictionshire & District');
    expect(doc.getElementsByTagName('CPPreviewDate').length).toBe(2);
  });

  it('selects plans open during a period', () => {
    const p = plans[0]!;
    expect(openDuring(p)).toBe(true);
    expect(openDuring(p, '2026-10-01', '2027-03-31')).toBe(true);
    expect(openDuring(p, '2026-10-02')).toBe(false);
    expect(openDuring(p, undefined, '2026-01-04')).toBe(false);
  });
});
