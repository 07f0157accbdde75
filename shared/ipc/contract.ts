// The typed IPC contract: per channel, the zod schema of its input and of its output. Rule source: docs/architecture.md §3.4.
// Each domain keeps its part in contracts/<domain>.ts; this file joins them and the compiler checks completeness.
import type { z } from 'zod';

import type { Channel } from './channels';
import { appContract } from './contracts/app';
import { conferenceContract } from './contracts/conference';
import { documentsContract } from './contracts/documents';
import { exchangeContract } from './contracts/exchange';
import { listContract } from './contracts/list';
import { settingsContract } from './contracts/settings';
import { spellContract } from './contracts/spell';
import { vaultContract } from './contracts/vault';

export const contract = {
  ...appContract,
  ...vaultContract,
  ...conferenceContract,
  ...documentsContract,
  ...listContract,
  ...settingsContract,
  ...spellContract,
  ...exchangeContract,
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

// The reverse check: no contract entry without a name in CHANNELS.
type ContractKeysAreChannels = keyof typeof contract extends Channel ? true : never;
export const CONTRACT_KEYS_ARE_CHANNELS: ContractKeysAreChannels = true;

export type Contract = typeof contract;
/** What a caller passes (before parsing). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
/** What the caller receives inside Result. */
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

/** One implementation per channel; a missing one is a compile error in createHandlers(). */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> };
