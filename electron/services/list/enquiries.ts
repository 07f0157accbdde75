// Checks against the list and the enquiry log. A check needs the enquirer's name, role, agency, phone and reason;
// the enquiry (who asked, what they gave, the answer given and the matches) is stored in the vault's enquiries
// collection and the hash-chained audit log records its id, the answer code and the matched child ids only.
// The log can be filtered and counted by month. Rules: docs/domain.md §6 (enquirers' details checked and recorded
// before information is given; enquiries logged so patterns can be spotted), docs/reliability.md §2.5 (audit ids only).
import type { CheckOutput } from '../../../shared/ipc/contracts/list';
import { runCheck } from '../../../shared/list/check';
import { EnquiryRecordSchema } from '../../../shared/list/enquiry-schemas';
import type {
  AnswerCode,
  CheckCriteria,
  Enquirer,
  EnquiryRecord,
  MonthlyCount,
} from '../../../shared/list/enquiry-schemas';
import { fold } from '../../../shared/list/normalise';
import { answerWithUnread, unreadCount } from '../../../shared/list/unread';

import type { ListContext } from './list-context';
import { ukDate } from './uk-day';

export type EnquiryFilter = {
  from?: string | undefined;
  to?: string | undefined;
  answer?: AnswerCode | undefined;
  search?: string | undefined;
};

/** Monthly counts of enquiries by answer, oldest month first. */
export function monthlyCounts(records: readonly EnquiryRecord[]): MonthlyCount[] {
  const months = new Map<string, MonthlyCount>();
  for (const r of records) {
    const month = ukDate(new Date(r.at)).slice(0, 7);
    const m = months.get(month) ?? {
      month,
      total: 0,
      subjectToPlan: 0,
      noMatch: 0,
      cannotConfirm: 0,
    };
    m.total += 1;
    if (r.answer.code === 'subject-to-plan') {
      m.subjectToPlan += 1;
    }
    if (r.answer.code === 'no-match') {
      m.noMatch += 1;
    }
    if (r.answer.code === 'cannot-confirm') {
      m.cannotConfirm += 1;
    }
    months.set(month, m);
  }
  return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/** Answer codes stored before the three classes were named as they are now (docs/list.md, "Checks"). */
const LEGACY_CODES: Readonly<Record<string, AnswerCode>> = {
  'not-subject-to-plan': 'no-match',
  'unable-to-confirm': 'cannot-confirm',
};

/** A stored enquiry with a legacy answer code read under today's code; anything else unchanged. */
function withCurrentCode(v: object): object {
  const answer = (v as { answer?: unknown }).answer;
  if (typeof answer !== 'object' || answer === null) {
    return v;
  }
  const code = (answer as { code?: unknown }).code;
  const current = typeof code === 'string' ? LEGACY_CODES[code] : undefined;
  return current ? { ...v, answer: { ...answer, code: current } } : v;
}

export function createEnquiries(ctx: ListContext) {
  const parsed = new WeakMap<object, EnquiryRecord | null>();
  /** Every readable enquiry, and how many stored enquiries failed their check (said on the log screen). */
  const all = (): { records: EnquiryRecord[]; unread: number } => {
    const records: EnquiryRecord[] = [];
    let unread = 0;
    for (const v of Object.values(ctx.vault.list('enquiries'))) {
      if (typeof v === 'object' && v !== null && !parsed.has(v)) {
        const r = EnquiryRecordSchema.safeParse(withCurrentCode(v));
        parsed.set(v, r.success ? r.data : null);
      }
      const rec = typeof v === 'object' && v !== null ? parsed.get(v) : null;
      if (rec) {
        records.push(rec);
      } else {
        unread += 1;
      }
    }
    return { records, unread };
  };

  return {
    /**
     * Answers "is this child subject to a plan?" and records the enquiry before returning the answer.
     * Resolves only once both the enquiry and its audit entry are on disk.
     */
    async check(enquirer: Enquirer, child: CheckCriteria): Promise<CheckOutput> {
      const checked = runCheck(ctx.store.index(ctx.today()), child);
      // Never "no match" while a record is unread (docs/list.md, "Records that cannot be read").
      const unread = unreadCount(ctx.store.unread());
      const told = answerWithUnread(checked.answer, unread);
      const result = {
        ...checked,
        answer: told.answer,
        warnings: [...told.warnings, ...checked.warnings],
      };
      const at = ctx.clock.now().toISOString();
      const id = `enq-${ctx.newId()}`;
      const record: EnquiryRecord = {
        id,
        at,
        enquirer,
        criteria: { ...child },
        answer: result.answer,
        matches: result.matches.map((m) => ({
          childId: m.childId,
          strength: m.strength,
          planStatus: m.planStatus,
        })),
        ...(unread > 0 ? { unreadRecords: unread } : {}),
      };
      const named = result.matches
        .filter((m) => m.strength !== 'weak')
        .slice(0, 10)
        .map((m) => m.childId);
      await ctx.vault.commit({
        put: [{ collection: 'enquiries', id, value: record }],
        audit: [
          {
            actor: 'list-manager',
            action: 'list.check',
            ids: [
              id,
              `answer:${result.answer.code}`,
              ...(unread > 0 ? [`unread:${unread}`] : []),
              ...named,
            ],
          },
        ],
      });
      return {
        enquiryId: id,
        recordedAt: at,
        answer: result.answer,
        matches: result.matches,
        warnings: result.warnings,
        unreadRecords: unread,
      };
    },

    /** The enquiry log, newest first, filtered; with monthly counts of the filtered log. */
    enquiries(filter: EnquiryFilter): {
      enquiries: EnquiryRecord[];
      monthly: MonthlyCount[];
      unreadRecords: number;
    } {
      const needle = filter.search?.trim() ? fold(filter.search) : undefined;
      const { records, unread } = all();
      const chosen = records.filter((r) => {
        const day = ukDate(new Date(r.at));
        if (filter.from !== undefined && day < filter.from) {
          return false;
        }
        if (filter.to !== undefined && day > filter.to) {
          return false;
        }
        if (filter.answer !== undefined && r.answer.code !== filter.answer) {
          return false;
        }
        if (needle !== undefined) {
          const e = r.enquirer;
          const text = fold(`${e.name} ${e.role} ${e.agency} ${e.reason} ${r.criteria.name ?? ''}`);
          if (!text.includes(needle)) {
            return false;
          }
        }
        return true;
      });
      chosen.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id < a.id ? -1 : 1));
      return { enquiries: chosen, monthly: monthlyCounts(chosen), unreadRecords: unread };
    },
  };
}
