// The authority's settings in the vault's settings collection (one record), and the config every service reads:
// the England defaults with the saved authority name, protective marking and list manager's title in place. The
// config object stays the same while the record does, so the list's cache is kept. Rules: docs/domain.md §6, §9.5.
import type { Config } from '../../../shared/domain/config';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import {
  AuthoritySettingsSchema,
  DEFAULT_AUTHORITY_SETTINGS,
  configWithSettings,
} from '../../../shared/domain/settings';
import type { AuthoritySettings } from '../../../shared/domain/settings';
import type { SettingsOutput } from '../../../shared/ipc/contracts/settings';
import { AppFailure } from '../../../shared/ipc/result';
import type { VaultRecords } from '../vault/vault-records';
import type { Clock } from '../ports';

/** The record's id in the settings collection. */
export const AUTHORITY_SETTING = 'authority';

type Stored = AuthoritySettings & { savedAt: string };

export type SettingsVault = Pick<VaultRecords, 'get' | 'put' | 'appendAudit' | 'commit'>;

export type SettingsService = ReturnType<typeof createSettingsService>;

function readStored(raw: unknown): Stored | undefined {
  if (typeof raw !== 'object' || raw === null) {
    return undefined;
  }
  const { savedAt, ...rest } = raw as Record<string, unknown>;
  const parsed = AuthoritySettingsSchema.safeParse(rest);
  return parsed.success && typeof savedAt === 'string' ? { ...parsed.data, savedAt } : undefined;
}

export function createSettingsService(deps: { vault: SettingsVault; clock: Clock }) {
  let memo: { raw: unknown; config: Config } | undefined;

  /** The stored record, or undefined when none (or one that no longer parses: the defaults apply). */
  const stored = (): Stored | undefined =>
    readStored(deps.vault.get('settings', AUTHORITY_SETTING));

  return {
    /** The settings in force. LOCKED when the vault is locked. */
    get(): SettingsOutput {
      return stored() ?? { ...DEFAULT_AUTHORITY_SETTINGS };
    },

    /** Saves the settings (already parsed: trimmed, non-empty) and records the change in the audit log. */
    async set(input: AuthoritySettings): Promise<SettingsOutput> {
      const record: Stored = { ...input, savedAt: deps.clock.now().toISOString() };
      await deps.vault.commit({
        put: [{ collection: 'settings', id: AUTHORITY_SETTING, value: record }],
        audit: [{ actor: 'user', action: 'settings.changed', ids: [AUTHORITY_SETTING] }],
      });
      return record;
    },

    /**
     * The config the services use. While the vault is locked nothing can be read, so the defaults apply (every
     * service that needs data refuses with LOCKED on its own); the same object is returned until the record changes.
     */
    config(): Config {
      let raw: unknown;
      try {
        raw = deps.vault.get('settings', AUTHORITY_SETTING);
      } catch (e) {
        if (e instanceof AppFailure && e.code === 'LOCKED') {
          return ENGLAND_DEFAULTS;
        }
        throw e;
      }
      if (memo?.raw !== raw || memo === undefined) {
        const s = readStored(raw);
        memo = { raw, config: s ? configWithSettings(ENGLAND_DEFAULTS, s) : ENGLAND_DEFAULTS };
      }
      return memo.config;
    },
  };
}
