// Test support for sign-off: a real vault (weak test KDF) in a temp folder, the conference and sign-off services
// over it, a recorded event sink, and a complete conference stored ready for sign-off. FICTIONAL people only.
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import type { Conference } from '../../../shared/domain/conference';
import type { ConferenceId } from '../../../shared/domain/ids';
import { createConferenceService } from '../../../electron/services/conferences/conference-service';
import type { ConferenceService } from '../../../electron/services/conferences/conference-service';
import type { DialogPort, PrintPort } from '../../../electron/services/ports';
import { createSignoffService } from '../../../electron/services/signoff/signoff-service';
import type { SignoffService } from '../../../electron/services/signoff/signoff-service';
import type { VaultService } from '../../../electron/services/vault/vault-service';
import { aDocumentConference } from '../../fixtures/documents';
import { PASS, fakeClock, tempDir, testVault } from '../vault/helpers';

export { PASS };

/** 6 January 2026, 9:30am in London (GMT). */
export const SIGN_TIME = Date.parse('2026-01-06T09:30:00Z');

export type SignoffHarness = {
  dir: string;
  vault: VaultService;
  conferences: ConferenceService;
  signoff: SignoffService;
  events: { event: string; payload: unknown }[];
  clock: ReturnType<typeof fakeClock>;
  /** Stores a conference (default: the complete document fixture) awaiting sign-off; returns its id. */
  store: (conference?: Conference) => Promise<ConferenceId>;
  cleanup: () => Promise<void>;
};

export async function signoffHarness(
  options: {
    now?: number;
    dialogs?: DialogPort;
    printer?: PrintPort;
    vault?: (v: VaultService) => VaultService;
  } = {},
): Promise<SignoffHarness> {
  const { dir, cleanup } = await tempDir();
  const clock = fakeClock(options.now ?? SIGN_TIME);
  const real = testVault(dir, { clock });
  await real.create(PASS);
  const vault = options.vault ? options.vault(real) : real;
  const config = () => ENGLAND_DEFAULTS;
  const conferences = createConferenceService({ vault, clock, config });
  const events: SignoffHarness['events'] = [];
  const signoff = createSignoffService({
    vault,
    conferences,
    clock,
    config,
    emit: (event, payload) => events.push({ event, payload }),
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    ...(options.printer ? { printer: options.printer } : {}),
  });
  return {
    dir,
    vault,
    conferences,
    signoff,
    events,
    clock,
    store: async (conference = aDocumentConference()) => {
      await real.put('conferences', conference.id, {
        revision: 3,
        savedAt: clock.now().toISOString(),
        status: 'awaiting-sign-off',
        conference,
      });
      return conference.id;
    },
    cleanup: async () => {
      await real.close();
      await cleanup();
    },
  };
}

/** The code of the AppFailure a promise rejects with, or 'resolved'. */
export async function failureCode(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
    return 'resolved';
  } catch (e) {
    return (e as { code?: string }).code ?? 'thrown';
  }
}
