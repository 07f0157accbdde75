// Checks over a real vault: the enquiry and the answer are stored; the audit chain holds ids and codes only; the
// log filters and counts by month; bad enquirer details are refused before anything is looked up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createHandlers } from '../../../electron/services/handlers';
import { dispatch } from '../../../shared/ipc/dispatch';
import { listChild, listConference } from '../../fixtures/list';
import { testServices } from '../../support/test-services';

import { ENQUIRER, listHarness } from './support';
import type { ListHarness } from './support';

let h: ListHarness;
beforeEach(async () => {
  h = await listHarness();
  await h.store(
    listConference('icpc-1', '2026-01-05', [
      listChild({
        id: 'mia',
        name: 'Mia Example',
        dateOfBirth: '2021-03-14',
        nhsNumber: '9990000018',
      }),
    ]),
    'signed',
  );
});
afterEach(() => h.cleanup());

describe('list.check and the enquiry log', () => {
  it('answers, stores the enquiry with the answer given, and audits ids and codes only', async () => {
    const r = await h.list.check(ENQUIRER, { name: 'Mia Example', dateOfBirth: '2021-03-14' });
    expect(r.answer.code).toBe('subject-to-plan');
    expect(r.matches[0]).toMatchObject({ childId: 'mia', strength: 'strong' });
    const stored = h.vault.get('enquiries', r.enquiryId);
    expect(stored).toMatchObject({
      id: r.enquiryId,
      at: '2026-01-12T10:00:00.000Z',
      enquirer: ENQUIRER,
      criteria: { name: 'Mia Example', dateOfBirth: '2021-03-14' },
      answer: { code: 'subject-to-plan' },
      matches: [{ childId: 'mia', strength: 'strong', planStatus: 'active' }],
    });
    const entry = h.vault.auditLog().find((e) => e.action === 'list.check');
    expect(entry?.ids).toEqual([r.enquiryId, 'answer:subject-to-plan', 'mia']);
    const auditText = JSON.stringify(h.vault.auditLog());
    for (const personal of ['Mia', 'Rhea', 'Police', '2021-03-14', '01632']) {
      expect(auditText).not.toContain(personal);
    }
    expect(h.vault.verifyAudit().ok).toBe(true);
  });

  it('logs a check that finds nothing, and one that cannot confirm', async () => {
    const none = await h.list.check(ENQUIRER, { name: 'Reuben Fauxton' });
    expect(none.answer.code).toBe('no-match');
    const maybe = await h.list.check(ENQUIRER, { name: 'Mia Example' });
    expect(maybe.answer.code).toBe('cannot-confirm');
    expect(
      h.vault
        .auditLog()
        .filter((e) => e.action === 'list.check')
        .map((e) => e.ids[1]),
    ).toEqual(['answer:no-match', 'answer:cannot-confirm']);
  });

  it('reads enquiries stored under the old answer codes as today’s classes', async () => {
    const r = await h.list.check(ENQUIRER, { name: 'Reuben Fauxton' });
    const stored = h.vault.get('enquiries', r.enquiryId) as { answer: object };
    await h.vault.put('enquiries', r.enquiryId, {
      ...stored,
      answer: { ...stored.answer, code: 'not-subject-to-plan' },
    });
    const log = h.list.enquiries({ answer: 'no-match' });
    expect(log.enquiries.map((e) => e.id)).toEqual([r.enquiryId]);
    expect(log.monthly[0]).toMatchObject({ total: 1, noMatch: 1 });
  });

  it('filters the log and counts enquiries per month, newest first', async () => {
    await h.list.check(ENQUIRER, { name: 'Mia Example', dateOfBirth: '2021-03-14' });
    h.clock.advance(31 * 24 * 3600_000);
    await h.list.check(
      { ...ENQUIRER, name: 'Owen Madeup', agency: 'Fictional Lane School' },
      {
        name: 'Reuben Fauxton',
      },
    );
    const all = h.list.enquiries({});
    expect(all.enquiries.map((e) => e.enquirer.name)).toEqual(['Owen Madeup', 'Rhea Notreal']);
    expect(all.monthly).toEqual([
      { month: '2026-01', total: 1, subjectToPlan: 1, noMatch: 0, cannotConfirm: 0 },
      { month: '2026-02', total: 1, subjectToPlan: 0, noMatch: 1, cannotConfirm: 0 },
    ]);
    expect(h.list.enquiries({ search: 'school' }).enquiries).toHaveLength(1);
    expect(h.list.enquiries({ answer: 'subject-to-plan' }).enquiries[0]?.enquirer.name).toBe(
      'Rhea Notreal',
    );
    expect(h.list.enquiries({ from: '2026-02-01' }).monthly.map((m) => m.month)).toEqual([
      '2026-02',
    ]);
    expect(h.list.enquiries({ to: '2026-01-31' }).enquiries).toHaveLength(1);
  });
});

describe('list.check over IPC', () => {
  it('refuses missing or blank enquirer details, or no details of the child, with BAD_INPUT', async () => {
    const env = testServices();
    try {
      const handlers = createHandlers(env.services);
      const ask = (payload: unknown) => dispatch('list.check', payload, handlers, env.logger);
      const child = { name: 'Mia Example' };
      for (const enquirer of [
        { ...ENQUIRER, phone: '' },
        { ...ENQUIRER, reason: '   ' },
        { ...ENQUIRER, name: '' },
        { ...ENQUIRER, phone: 'call me' },
      ]) {
        const r = await ask({ enquirer, child });
        expect(r.ok ? 'ok' : r.error.code).toBe('BAD_INPUT');
      }
      const noChild = await ask({ enquirer: ENQUIRER, child: { name: ' ' } });
      expect(noChild.ok ? 'ok' : noChild.error.code).toBe('BAD_INPUT');
      const locked = await ask({ enquirer: ENQUIRER, child });
      expect(locked.ok ? 'ok' : locked.error.code).not.toBe('BAD_INPUT');
    } finally {
      env.cleanup();
    }
  });
});
