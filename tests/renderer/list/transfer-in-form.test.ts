// The transfer-in form's checks: every missing detail at once, in form order; the cross-field rules the list
// service applies (unborn needs an expected date, plan start before notification, nothing in the future, a primary
// among several categories, a lead social worker's name); the input it sends parses with the channel's schema.
// Rule source: docs/domain.md §5.3, §9.2 rule 11; docs/list.md (transfer-in entries).
import { describe, expect, it } from 'vitest';

import {
  EMPTY_TRANSFER_IN,
  errorsFromFailure,
  orderedCategories,
  readTransferInForm,
  transferInSummary,
} from '../../../renderer/src/screens/list/transfer-in-form';
import type {
  TransferInDates,
  TransferInDraft,
} from '../../../renderer/src/screens/list/transfer-in-form';
import { TransferInInputSchema } from '../../../shared/list/schemas';

const TODAY = '2026-03-02';
const NO_DATES: TransferInDates = {
  dateOfBirth: undefined,
  expectedDeliveryDate: undefined,
  originatingPlanStart: undefined,
  notifiedOn: undefined,
  nextReviewDue: undefined,
  nextCoreGroupDue: undefined,
};
const DRAFT: TransferInDraft = {
  ...EMPTY_TRANSFER_IN,
  name: '  Maya Sampleton ',
  address: '4 Nowhere Street, Fictionton FT1 2AB',
  nhsNumber: '999 000 0018',
  originatingAuthority: 'Imaginary Borough Council',
  categories: ['neglect', 'emotional'],
  primary: 'emotional',
  leadName: 'Tom Placeholder',
  leadTeam: 'Safeguarding Team 2',
  leadContact: '01632 960000',
};
const DATES: TransferInDates = {
  ...NO_DATES,
  dateOfBirth: '2019-08-01',
  originatingPlanStart: '2025-11-03',
  notifiedOn: '2026-02-20',
  nextReviewDue: '2026-05-01',
};

describe('the transfer-in form', () => {
  it('lists every missing detail at once, in the order of the form', () => {
    const r = readTransferInForm(EMPTY_TRANSFER_IN, NO_DATES, TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) {
      return;
    }
    expect(transferInSummary(r.errors).issues?.map((i) => i.path)).toEqual([
      "Child's name",
      'Date of birth',
      'Authority the child moved from',
      'Date the plan started there',
      'Date this authority was told of the move',
      'Categories of abuse or neglect',
    ]);
    expect(r.errors.name).toBe("Enter the child's name.");
  });

  it('sends a trimmed input, primary category first, that the channel schema accepts', () => {
    const r = readTransferInForm(DRAFT, DATES, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) {
      return;
    }
    expect(r.input).toMatchObject({
      name: 'Maya Sampleton',
      unborn: false,
      dateOfBirth: '2019-08-01',
      categories: ['emotional', 'neglect'],
      leadSocialWorker: { name: 'Tom Placeholder', team: 'Safeguarding Team 2' },
      nextReviewDue: '2026-05-01',
    });
    expect(r.input).not.toHaveProperty('nextCoreGroupDue');
    expect(TransferInInputSchema.parse(r.input)).toEqual(r.input);
  });

  it('needs an expected delivery date, not a date of birth, for an unborn baby', () => {
    const unborn = { ...DRAFT, unborn: true, name: 'Unborn baby of Jade Sampleton' };
    const r = readTransferInForm(unborn, DATES, TODAY);
    expect(r.ok ? undefined : r.errors.expectedDeliveryDate).toMatch(/expected delivery date/);
    const ok = readTransferInForm(unborn, { ...DATES, expectedDeliveryDate: '2026-06-01' }, TODAY);
    expect(ok.ok && ok.input).toMatchObject({ unborn: true, expectedDeliveryDate: '2026-06-01' });
    expect(ok.ok && ok.input).not.toHaveProperty('dateOfBirth');
  });

  it('refuses a plan that started after the notification, and dates in the future', () => {
    const late = readTransferInForm(DRAFT, { ...DATES, originatingPlanStart: '2026-02-21' }, TODAY);
    expect(late.ok ? undefined : late.errors.originatingPlanStart).toMatch(/started before/);
    const future = readTransferInForm(
      DRAFT,
      { ...DATES, notifiedOn: '2026-03-03', dateOfBirth: '2026-04-01' },
      TODAY,
    );
    const errors = future.ok ? {} : future.errors;
    expect(errors.notifiedOn).toMatch(/future/);
    expect(errors.dateOfBirth).toMatch(/future/);
  });

  it('asks for the primary among several categories, and needs none for one', () => {
    const none = readTransferInForm({ ...DRAFT, primary: '' }, DATES, TODAY);
    expect(none.ok ? undefined : none.errors.primary).toMatch(/primary/);
    const one = readTransferInForm({ ...DRAFT, categories: ['sexual'], primary: '' }, DATES, TODAY);
    expect(one.ok && one.input.categories).toEqual(['sexual']);
    expect(orderedCategories({ categories: ['neglect', 'physical'], primary: 'physical' })).toEqual(
      ['physical', 'neglect'],
    );
  });

  it('needs the lead social worker’s name when a team or contact is given, or nothing at all', () => {
    const r = readTransferInForm({ ...DRAFT, leadName: ' ' }, DATES, TODAY);
    expect(r.ok ? undefined : r.errors.leadSocialWorker).toMatch(/name/);
    const empty = readTransferInForm(
      { ...DRAFT, leadName: '', leadTeam: '', leadContact: '' },
      DATES,
      TODAY,
    );
    expect(empty.ok && empty.input).not.toHaveProperty('leadSocialWorker');
  });

  it('checks the NHS number’s check digit before sending', () => {
    const r = readTransferInForm({ ...DRAFT, nhsNumber: '999 000 0019' }, DATES, TODAY);
    expect(r.ok ? undefined : r.errors.nhsNumber).toMatch(/not valid/);
    const letters = readTransferInForm({ ...DRAFT, nhsNumber: 'abc' }, DATES, TODAY);
    expect(letters.ok).toBe(false);
  });

  it('maps a service error back to its field', () => {
    expect(
      errorsFromFailure({
        code: 'BAD_INPUT',
        message: 'x',
        issues: [
          { path: 'notifiedOn', message: 'In the future' },
          { path: 'something.else', message: 'ignored' },
        ],
      }),
    ).toEqual({ notifiedOn: 'In the future' });
    expect(errorsFromFailure({ code: 'CONFLICT', message: 'Already on the list' })).toEqual({});
  });
});
