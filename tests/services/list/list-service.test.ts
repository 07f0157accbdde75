// The list service over a real vault: the list follows decided conferences with no re-entry; query filters,
// search, sort and paging; history; CSV and census exports; transfer-ins, core groups, plans ended; lock.
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { childId } from '../../../shared/domain/ids';
import { listChild, listConference } from '../../fixtures/list';

import { PASS } from '../vault/helpers';

import { listHarness } from './support';
import type { ListHarness } from './support';

let h: ListHarness;
beforeEach(async () => (h = await listHarness()));
afterEach(() => h.cleanup());

const MIA = childId('mia');
const siblings = () =>
  listConference('icpc-1', '2026-01-05', [
    listChild({
      id: 'mia',
      name: 'Mia Example',
      dateOfBirth: '2021-03-14',
      nhsNumber: '9990000018',
      categories: ['neglect'],
      firstCoreGroupDate: '2026-01-09',
      reviewDate: '2026-04-02',
    }),
    listChild({
      id: 'noah',
      name: 'Noah Example',
      dateOfBirth: '2018-05-20',
      categories: ['physical', 'emotional'],
      lead: 'Priya Sampleton',
      firstCoreGroupDate: '2026-01-19',
      reviewDate: '2026-04-02',
    }),
    listChild({ id: 'ava', name: 'Ava Example', outcome: 'cin-plan' }),
  ]);

describe('the list follows conferences', () => {
  it('shows plans once the conference is decided (awaiting sign-off or signed), never from a draft', async () => {
    await h.store(siblings(), 'draft');
    expect(h.list.query({}).totalActive).toBe(0);
    await h.store(siblings(), 'in-conference');
    expect(h.list.query({}).totalActive).toBe(0);
    await h.store(siblings(), 'signed');
    const q = h.list.query({});
    expect(q.rows.map((r) => r.name)).toEqual(['Mia Example', 'Noah Example']);
    expect(q).toMatchObject({
      total: 2,
      totalActive: 2,
      today: '2026-01-12',
      overdueCoreGroups: 1,
    });
    await h.store(siblings(), 'awaiting-sign-off');
    expect(h.list.query({}).totalActive).toBe(2);
  });

  it('updates from a conference signed through the conference service, with no re-entry', async () => {
    const { id } = await h.conferences.create({ type: 'initial', date: '2026-01-05' });
    let rev = 0;
    for (const child of siblings().children) {
      rev = (
        await h.conferences.applyEdit(id, rev, { type: 'insert', path: ['children'], value: child })
      ).revision;
    }
    expect(h.list.query({}).totalActive).toBe(0);
    await h.conferences.setSignOffStatus(id, rev, 'signed');
    expect(h.list.query({}).rows.map((r) => [r.name, r.planStart, r.lastConferenceId])).toEqual([
      ['Mia Example', '2026-01-05', id],
      ['Noah Example', '2026-01-05', id],
    ]);
  });

  it('filters by category, overdue, lead social worker and due window; searches; sorts; pages', async () => {
    await h.store(siblings(), 'signed');
    const names = (q: Parameters<typeof h.list.query>[0]) =>
      h.list.query(q).rows.map((r) => r.name);
    expect(names({ categories: ['emotional'] })).toEqual(['Noah Example']);
    expect(names({ overdue: 'core-group' })).toEqual(['Mia Example']);
    expect(names({ overdue: 'none' })).toEqual(['Noah Example']);
    expect(names({ leadSocialWorker: 'Priya Sampleton' })).toEqual(['Noah Example']);
    expect(names({ dueWithinWorkingDays: 4 })).toEqual(['Mia Example']);
    expect(names({ dueWithinWorkingDays: 4, today: '2026-01-13' })).toEqual([
      'Mia Example',
      'Noah Example',
    ]);
    expect(names({ search: 'noa exampel' })).toEqual(['Noah Example']);
    expect(names({ search: '14/03/2021' })).toEqual(['Mia Example']);
    expect(names({ search: '999 000 0018' })).toEqual(['Mia Example']);
    expect(names({ sort: { by: 'dateOfBirth', direction: 'asc' } })).toEqual([
      'Noah Example',
      'Mia Example',
    ]);
    expect(names({ sort: { by: 'nextCoreGroupDue', direction: 'desc' } })).toEqual([
      'Noah Example',
      'Mia Example',
    ]);
    const page = h.list.query({ page: { offset: 1, limit: 1 } });
    expect(page.rows.map((r) => r.name)).toEqual(['Noah Example']);
    expect(page.total).toBe(2);
    expect(h.list.query({}).leadSocialWorkers).toEqual(['Priya Sampleton', 'Tom Placeholder']);
  });

  it('gives a child’s plan history and refuses a child with none', async () => {
    await h.store(siblings(), 'signed');
    const hist = h.list.history(MIA);
    expect(hist.child.name).toBe('Mia Example');
    expect(hist.plans).toEqual([
      expect.objectContaining({
        status: 'active',
        startDate: '2026-01-05',
        initialCategories: ['neglect'],
        initialConferenceId: 'icpc-1',
      }),
    ]);
    expect(() => h.list.history(childId('ava'))).toThrow(/no child protection plan/);
  });

  it('exports the filtered list as CSV and every plan as census CSV and XML', async () => {
    await h.store(siblings(), 'signed');
    const csv = h.list.exportCsv({ categories: ['physical'] });
    expect(csv).toMatchObject({
      rows: 1,
      mediaType: 'text/csv',
      filename: 'children-subject-to-a-plan-2026-01-12.csv',
    });
    expect(csv.text.split('\r\n')[1]).toContain('Noah Example,2018-05-20');
    expect(csv.text).toContain('Physical abuse; Emotional abuse');
    const census = h.list.exportCensus({ format: 'csv' });
    expect(census.text.split('\r\n')).toEqual([
      'LAchildID,CPPID,NumberOfPreviousCPP,S47ActualStartDate,ICPCnotRequired,DateOfInitialCPC,InitialCPCtarget,CPPstartDate,InitialCategoryOfAbuse,LatestCategoryOfAbuse,CPPreviewDate,CPPendDate',
      'mia,mia:1,0,2025-12-10,,2026-01-05,2026-01-05,2026-01-05,NEG,NEG,,',
      'noah,noah:1,0,2025-12-10,,2026-01-05,2026-01-05,2026-01-05,MUL,MUL,,',
      '',
    ]);
    const xml = h.list.exportCensus({ format: 'xml', from: '2026-01-01', to: '2026-03-31' });
    const doc = new DOMParser().parseFromString(xml.text, 'application/xml');
    expect(doc.getElementsByTagName('ChildProtectionPlan').length).toBe(2);
    expect(doc.getElementsByTagName('InitialCategoryOfAbuse')[1]?.textContent).toBe('MUL');
    expect(doc.documentElement?.getAttribute('LA')).toBe('Fictionshire County Council');
    expect(doc.getElementsByTagName('S47ActualStartDate')[0]?.textContent).toBe('2025-12-10');
    expect(census.blocked).toBe(false);
    expect(census.issues).toEqual([]);
    expect(h.list.exportCensus({ format: 'xml', to: '2025-12-31' }).rows).toBe(0);
    expect(() =>
      h.list.exportCensus({ format: 'csv', from: '2026-02-01', to: '2026-01-01' }),
    ).toThrow(/start of the period/);
  });

  it('makes no census file while a census error stands, and names the rule, child and plan', async () => {
    await h.store({ ...siblings(), section47StartDate: undefined }, 'signed');
    const r = h.list.exportCensus({ format: 'xml' });
    expect(r.blocked).toBe(true);
    expect(r.text).toBe('');
    expect(r.issues.map((i) => [i.rule, i.severity, i.childId])).toEqual([
      ['8615', 'error', 'mia'],
      ['8615', 'error', 'noah'],
    ]);
  });

  it('refuses to read a locked vault, forgets what it held, and reads afresh after unlocking', async () => {
    await h.store(siblings(), 'signed');
    expect(h.list.query({}).totalActive).toBe(2);
    h.vault.lock('idle'); // an idle lock reaches the vault directly, not through the list service
    expect(() => h.list.query({})).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    await h.vault.unlock(PASS);
    expect(h.list.query({}).totalActive).toBe(2);
    h.list.clear();
    expect(h.list.query({}).totalActive).toBe(2);
  });
});

describe('records kept by the list', () => {
  const transfer = {
    name: 'Leo Sampleton',
    unborn: false,
    dateOfBirth: '2019-02-11',
    address: '4 Imaginary Road, Fictionton FT2 3AB',
    nhsNumber: '999 000 0026',
    originatingAuthority: 'Elsewhere Borough Council',
    originatingPlanStart: '2025-09-01',
    notifiedOn: '2026-01-06',
    categories: ['neglect' as const],
  };

  it('adds a transfer-in, refuses it twice, and audits with ids only', async () => {
    const { childId: id, entryId } = await h.list.addTransferIn(transfer);
    expect(h.list.query({}).rows[0]).toMatchObject({
      childId: id,
      source: 'transfer-in',
      originatingAuthority: 'Elsewhere Borough Council',
      nhsNumber: '9990000026',
      nextReviewDue: '2026-01-27',
    });
    await expect(h.list.addTransferIn(transfer)).rejects.toMatchObject({ code: 'CONFLICT' });
    const audit = h.vault.auditLog().find((e) => e.action === 'list.transfer-in');
    expect(audit?.ids).toEqual([entryId, id]);
  });

  it('refuses a transfer-in with a wrong NHS number, dates out of order, or no date of birth', async () => {
    await expect(
      h.list.addTransferIn({ ...transfer, nhsNumber: '9990000025' }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: 'nhsNumber' }],
    });
    await expect(
      h.list.addTransferIn({ ...transfer, originatingPlanStart: '2026-01-07' }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    const { dateOfBirth: _d, ...noDob } = transfer;
    await expect(h.list.addTransferIn(noDob)).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(
      h.list.addTransferIn({ ...noDob, unborn: true, name: 'Unborn baby of Jade Sampleton' }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(
      h.list.addTransferIn({ ...transfer, notifiedOn: '2026-02-01' }),
    ).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });

  it('records a core group held and ends a plan without a conference', async () => {
    await h.store(siblings(), 'signed');
    const cg = await h.list.recordCoreGroup(MIA, '2026-01-09');
    expect(cg.nextCoreGroupDue).toBe('2026-02-06');
    expect(h.list.query({ overdue: 'core-group' }).rows).toEqual([]);
    await expect(h.list.recordCoreGroup(MIA, '2026-02-01')).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    const end = await h.list.endPlan(
      MIA,
      '2026-01-10',
      'moved-to-another-authority',
      'Moved to Elsewhere.',
    );
    expect(end.endDate).toBe('2026-01-10');
    expect(h.list.query({}).rows.map((r) => r.name)).toEqual(['Noah Example']);
    expect(h.list.history(MIA).plans[0]).toMatchObject({
      status: 'ended',
      endReason: 'moved-to-another-authority',
    });
    await expect(h.list.endPlan(MIA, '2026-01-11', 'died', '')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(h.vault.auditLog().find((e) => e.action === 'list.end-plan')?.ids).toEqual([
      end.entryId,
      'mia',
      'reason:moved-to-another-authority',
    ]);
    expect(h.vault.verifyAudit().ok).toBe(true);
  });
});
