// The list service: the list of children subject to a plan derived from decided conferences and planList records
// (query with filters, search, sort and paging; CSV), each child's plan history, the census-style export, and the
// parts in plan-records.ts (transfer-in, core group held, plan ended), review-opener.ts and enquiries.ts.
// Rule source: docs/list.md; docs/domain.md §3, §5.3, §6, §9.4 item 6.
import { randomUUID } from 'node:crypto';

import type { ChildId } from '../../../shared/domain/ids';
import type { ListQueryOutput } from '../../../shared/ipc/contracts/list';
import { censusCsv, censusRecord, censusXml, openDuring } from '../../../shared/list/census';
import { validateCensus } from '../../../shared/list/census-rules';
import type { CensusIssue } from '../../../shared/list/census-rules';
import { listCsv } from '../../../shared/list/csv';
import { planStartOf } from '../../../shared/list/derive';
import { selectRows } from '../../../shared/list/query';
import type { Selection } from '../../../shared/list/query';
import { toHistory } from '../../../shared/list/rows';
import type { ListChild, ListRow, PlanHistory } from '../../../shared/list/schemas';
import { AppFailure } from '../../../shared/ipc/result';
import { unreadCount, unreadSentence } from '../../../shared/list/unread';
import type { UnreadRecords } from '../../../shared/list/unread';

import { createEnquiries } from './enquiries';
import type { ListServiceDeps } from './list-context';
import { createListStore } from './list-store';
import { createPlanRecords } from './plan-records';
import { createReviewOpener } from './review-opener';
import { ukDate } from './uk-day';

export type { ListContext, ListServiceDeps } from './list-context';

export type ListService = ReturnType<typeof createListService>;

export type QueryInput = Selection & {
  today?: string | undefined;
  page?: { offset: number; limit: number } | undefined;
};

export function createListService(deps: ListServiceDeps) {
  const store = createListStore(deps);
  const newId = deps.newId ?? randomUUID;
  const today = (given?: string): string => given ?? ukDate(deps.clock.now());
  const ctx = { ...deps, store, newId, today };

  const select = (input: QueryInput) => {
    const day = today(input.today);
    const index = store.index(day);
    return { day, index, result: selectRows(index, input, deps.config()) };
  };

  return {
    /** Rows after filters, search and sort; one page, or all rows when no page is given. */
    query(input: QueryInput): ListQueryOutput {
      const { day, index, result } = select(input);
      const all = result.entries;
      const page = input.page
        ? all.slice(input.page.offset, input.page.offset + input.page.limit)
        : all;
      return {
        rows: page.map((e) => e.row as ListRow),
        total: all.length,
        totalActive: index.active.length,
        overdueReviews: result.overdueReviews,
        overdueCoreGroups: result.overdueCoreGroups,
        leadSocialWorkers: result.leadSocialWorkers,
        today: day,
        unreadRecords: unreadCount(store.unread()),
      };
    },

    /** Every plan of one child, oldest first. Throws NOT_FOUND for a child with no plan. */
    history(childId: ChildId): { child: ListChild; plans: PlanHistory[]; unreadRecords: number } {
      const d = store.derived();
      const child = d.children.get(childId);
      const plans = d.plans.filter((p) => p.childId === childId);
      if (!child || plans.length === 0) {
        throw new AppFailure('NOT_FOUND', 'That child has no child protection plan on record.');
      }
      return { child, plans: plans.map(toHistory), unreadRecords: unreadCount(store.unread()) };
    },

    /** The list (after filters, search and sort) as CSV. */
    exportCsv(input: QueryInput): {
      filename: string;
      mediaType: 'text/csv';
      text: string;
      rows: number;
      unreadRecords: number;
    } {
      const { day, result } = select(input);
      const rows = result.entries.map((e) => e.row as ListRow);
      return {
        filename: `children-subject-to-a-plan-${day}.csv`,
        mediaType: 'text/csv',
        text: listCsv(rows),
        rows: rows.length,
        unreadRecords: unreadCount(store.unread()),
      };
    },

    /** Census-style fields of every plan open between from and to, as CSV or XML. */
    exportCensus(input: {
      format: 'csv' | 'xml';
      from?: string | undefined;
      to?: string | undefined;
    }): {
      filename: string;
      mediaType: 'text/csv' | 'application/xml';
      text: string;
      rows: number;
      blocked: boolean;
      issues: CensusIssue[];
      notStarted: { childId: string; planId: string; message: string }[];
    } {
      if (input.from !== undefined && input.to !== undefined && input.from > input.to) {
        throw new AppFailure('BAD_INPUT', 'The start of the period must not be after its end.');
      }
      const unread = unreadCount(store.unread());
      if (unread > 0) {
        // A statutory return that silently leaves children out is worse than none (docs/list.md).
        throw new AppFailure(
          'BLOCKED',
          `The census file was not made: ${unreadSentence(unread, 'file')}`,
        );
      }
      const config = deps.config();
      const all = store.derived().plans;
      const notStarted = all
        .filter((p) => p.startsAtBirth && p.status === 'active' && planStartOf(p) === undefined)
        .map((p) => ({
          childId: p.childId,
          planId: p.planId,
          message: `${store.derived().children.get(p.childId)?.name ?? 'An unborn baby'} is not in this file: the plan starts at birth and no birth is recorded yet. Record the birth on the child’s page when the baby is born.`,
        }));
      const records = all
        .filter((p) => openDuring(p, input.from, input.to))
        .sort((a, b) =>
          a.startDate < b.startDate
            ? -1
            : a.startDate > b.startDate
              ? 1
              : a.planId < b.planId
                ? -1
                : 1,
        )
        .map((p) => censusRecord(p, config, all));
      const issues = validateCensus(records);
      if (config.authorityName.trim() === '') {
        throw new AppFailure(
          'BAD_INPUT',
          "The census file needs the authority's name (the LA attribute): add it in Settings first.",
        );
      }
      const day = today();
      const csv = input.format === 'csv';
      const blocked = issues.some((i) => i.severity === 'error');
      return {
        filename: `cp-plans-census-${day}.${input.format}`,
        mediaType: csv ? 'text/csv' : 'application/xml',
        text: blocked
          ? ''
          : csv
            ? censusCsv(records)
            : censusXml(records, { authority: config.authorityName, generatedOn: day }),
        rows: records.length,
        blocked,
        issues,
        notStarted,
      };
    },

    ...createPlanRecords(ctx),
    ...createReviewOpener(ctx),
    ...createEnquiries(ctx),

    /** The conference and planList records the list could not read (vault keys only). */
    unreadRecords(): UnreadRecords {
      return store.unread();
    },

    /** Drops the derived list from memory (the vault locked). */
    clear(): void {
      store.clear();
    },
  };
}
