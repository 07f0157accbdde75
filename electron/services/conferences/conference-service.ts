// The conference service: creates, lists, reads and edits conferences stored in the vault, one revision per edit.
// Rule source: docs/architecture.md §3.4–§3.5 (the pure applyEdit reducer in main, optimistic concurrency).
import { randomUUID } from 'node:crypto';

import type { Config } from '../../../shared/domain/config';
import { applyEdit } from '../../../shared/domain/edits';
import type { Edit } from '../../../shared/domain/edits';
import { conferenceId } from '../../../shared/domain/ids';
import type { ConferenceId } from '../../../shared/domain/ids';
import { validateConference } from '../../../shared/domain/validation';
import type { Finding } from '../../../shared/domain/validation';
import type { ConferenceStatus, ConferenceSummary } from '../../../shared/ipc/contracts/conference';
import { AppFailure } from '../../../shared/ipc/result';
import type { Clock } from '../ports';
import type { VaultRecords } from '../vault/vault-records';

import { newConference } from './new-conference';
import type { NewConferenceInput } from './new-conference';
import { StoredConferenceSchema, summarise } from './stored-conference';
import type { StoredConference } from './stored-conference';

/** The part of the vault this service uses. */
export type ConferenceVault = Pick<VaultRecords, 'list' | 'get' | 'put' | 'appendAudit'>;

export type ConferenceServiceDeps = { vault: ConferenceVault; clock: Clock; config: () => Config };

export type ConferenceService = ReturnType<typeof createConferenceService>;

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function createConferenceService(deps: ConferenceServiceDeps) {
  // Edits are applied one at a time so that two edits with the same base revision cannot both win.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const read = (id: ConferenceId): StoredConference => {
    const raw = deps.vault.get('conferences', id);
    if (raw === undefined) {
      throw new AppFailure('NOT_FOUND', 'That conference is not in the vault.');
    }
    const parsed = StoredConferenceSchema.safeParse(raw);
    if (!parsed.success) {
      throw new AppFailure('CORRUPT', 'That conference record could not be read.');
    }
    return parsed.data;
  };

  /**
   * The summary rows, and the ids of stored conference records that fail their check: those are kept in the
   * vault unchanged and named on the conferences screen, never hidden (docs/vault.md, "Records that cannot be
   * read").
   */
  const overview = (): { conferences: ConferenceSummary[]; unreadable: string[] } => {
    const rows: ConferenceSummary[] = [];
    const unreadable: string[] = [];
    for (const [id, raw] of Object.entries(deps.vault.list('conferences'))) {
      const parsed = StoredConferenceSchema.safeParse(raw);
      if (parsed.success) {
        rows.push(summarise(parsed.data, deps.config()));
      } else {
        unreadable.push(id);
      }
    }
    return {
      conferences: rows.sort((a, b) => b.date.localeCompare(a.date)),
      unreadable: unreadable.sort(),
    };
  };

  return {
    /** Every conference as a summary row, newest date first. Throws LOCKED when the vault is locked. */
    list(): ConferenceSummary[] {
      return overview().conferences;
    },

    overview,

    /** Creates a draft conference at revision 0 and records the creation in the audit log. */
    async create(input: NewConferenceInput): Promise<{ id: ConferenceId; revision: number }> {
      const config = deps.config();
      const id = conferenceId(randomUUID());
      const stored: StoredConference = {
        revision: 0,
        savedAt: deps.clock.now().toISOString(),
        status: 'draft',
        conference: newConference(id, input, {
          localAuthority: config.authorityName,
          practiceModel: config.practiceModel,
        }),
      };
      // One commit: the conference and its audit entry (docs/vault.md, "A record and its audit entry").
      await deps.vault.put('conferences', id, stored, {
        actor: 'chair',
        action: 'conference.create',
        ids: [id],
      });
      return { id, revision: 0 };
    },

    /** The full conference with its revision and status. Throws NOT_FOUND or LOCKED. */
    get(id: ConferenceId): StoredConference {
      return read(id);
    },

    /**
     * Applies one edit on top of `baseRevision` and resolves once it is on disk. Throws CONFLICT when the
     * record has moved on, BAD_INPUT when the edit does not fit, NOT_FOUND or LOCKED.
     */
    applyEdit(
      id: ConferenceId,
      baseRevision: number,
      edit: Edit,
    ): Promise<{ revision: number; savedAt: string }> {
      return serial(async () => {
        const stored = read(id);
        if (stored.status === 'signed') {
          throw new AppFailure(
            'SIGNED_LOCKED',
            'This record is signed and cannot be changed. Amend it to start a new version.',
          );
        }
        if (stored.revision !== baseRevision) {
          throw new AppFailure(
            'CONFLICT',
            'This conference was changed elsewhere. Reload it to see the latest version.',
          );
        }
        const next: StoredConference = {
          ...stored,
          revision: stored.revision + 1,
          savedAt: deps.clock.now().toISOString(),
          conference: applyEdit(stored.conference, edit),
        };
        await deps.vault.put('conferences', id, next);
        return { revision: next.revision, savedAt: next.savedAt };
      });
    },

    /**
     * Sign-off and amendments: sets the status of the record at `expectedRevision` (CONFLICT when it
     * has moved on) and bumps the revision, so an edit based on the old state cannot land.
     */
    setSignOffStatus(
      id: ConferenceId,
      expectedRevision: number,
      status: ConferenceStatus,
    ): Promise<StoredConference> {
      return serial(async () => {
        const stored = read(id);
        if (stored.revision !== expectedRevision) {
          throw new AppFailure(
            'CONFLICT',
            'This conference was changed at the same moment. Reload it and try again.',
          );
        }
        const next: StoredConference = {
          ...stored,
          status,
          revision: stored.revision + 1,
          savedAt: deps.clock.now().toISOString(),
        };
        await deps.vault.put('conferences', id, next);
        return next;
      });
    },

    /** Every finding of the 15 validation rules for this conference, as of today. */
    validate(id: ConferenceId): Finding[] {
      return validateConference(read(id).conference, deps.config(), isoDay(deps.clock.now()));
    },
  };
}
