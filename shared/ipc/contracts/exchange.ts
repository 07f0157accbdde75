// Contract of the exchange.* channels: who owns this vault, the team directory of colleagues' cards, sending a
// bundle (as a file to save or into the shared folder), what a bundle would change before receiving it, the shared
// folder's inbox, and the field-by-field merge of a returned draft. Bundle bytes travel as base64 only when the
// person chose a file; the inbox never sends the folder's bytes to the renderer. Rule source: docs/exchange.md.
import { z } from 'zod';

import { ConferenceIdSchema } from '../../domain/ids';
import { BundleKindSchema, RoleSchema } from '../../exchange/roles';
import { CheckCriteriaSchema } from '../../list/enquiry-schemas';

import { Base64Schema } from './documents-shapes';

const FingerprintSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'A fingerprint is 64 hex digits.');
const PersonTextSchema = z
  .string()
  .trim()
  .min(1, 'Give a name.')
  .max(120, 'Use at most 120 characters.');
/** A bundle file chosen by the person (16 MB of request at most in the browser shell). */
const BundleBase64Schema = Base64Schema.min(1, 'Choose a bundle file.');
const BundleFileNameSchema = z.string().regex(/^[0-9a-f-]{36}\.icpcx$/, 'Not a bundle file name.');

export const IdentitySchema = z.strictObject({
  name: z.string(),
  role: RoleSchema,
  authority: z.string(),
  fingerprint: z.string(),
  readAloud: z.string(),
});

export const MemberSchema = z.strictObject({
  name: z.string(),
  role: RoleSchema,
  authority: z.string(),
  status: z.enum(['unconfirmed', 'confirmed', 'revoked']),
  fingerprint: z.string(),
  readAloud: z.string(),
  importedAt: z.iso.datetime(),
  confirmedAt: z.iso.datetime().optional(),
  revokedAt: z.iso.datetime().optional(),
});
export type TeamMember = z.infer<typeof MemberSchema>;

/** A file for the person to keep: saved in a folder they chose (Electron) or handed over as a download. */
export const SavedFileSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('saved'), folder: z.string(), fileName: z.string() }),
  z.strictObject({ kind: z.literal('cancelled') }),
  z.strictObject({
    kind: z.literal('download'),
    fileName: z.string(),
    mediaType: z.string(),
    base64: z.string(),
  }),
]);

/** What a bundle would change, in the words the inbox shows. */
export const BundleSummarySchema = z.strictObject({
  id: z.string(),
  kind: BundleKindSchema,
  from: z.strictObject({ name: z.string(), role: RoleSchema, fingerprint: z.string() }),
  createdAt: z.iso.datetime(),
  conferenceId: z.string(),
  conferenceDate: z.string(),
  children: z.array(z.string()),
  note: z.string().optional(),
  effect: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('new-draft') }),
    z.strictObject({
      type: z.literal('update-draft'),
      taken: z.number().int().min(0),
      toChoose: z.number().int().min(0),
    }),
    z.strictObject({
      type: z.literal('notification'),
      version: z.number().int().min(1),
      replaces: z.number().int().nullable(),
      files: z.number().int().min(0),
    }),
    z.strictObject({
      type: z.literal('plan-update'),
      records: z.number().int().min(0),
      ended: z.boolean(),
    }),
    z.strictObject({
      type: z.literal('list-snapshot'),
      children: z.number().int().min(0),
      asOf: z.iso.datetime(),
    }),
  ]),
});
export type BundleSummary = z.infer<typeof BundleSummarySchema>;

export const ReceivedSchema = z.strictObject({
  bundle: BundleSummarySchema,
  applied: z.enum([
    'new-draft',
    'update-draft',
    'notification',
    'plan-update',
    'list-snapshot',
    'conflicts',
  ]),
});

export const InboxEntrySchema = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('new'),
    fileName: z.string(),
    bundle: BundleSummarySchema,
  }),
  z.strictObject({
    state: z.enum(['received', 'sent-by-you', 'refused']),
    fileName: z.string(),
    why: z.string(),
  }),
]);
export type InboxEntry = z.infer<typeof InboxEntrySchema>;

export const ConflictSchema = z.strictObject({
  path: z.string(),
  label: z.string(),
  mine: z.string(),
  theirs: z.string(),
});

const PendingMergeSchema = z.strictObject({
  conferenceId: z.string(),
  conferenceDate: z.string(),
  children: z.array(z.string()),
  fromName: z.string(),
  receivedAt: z.iso.datetime(),
  conflicts: z.array(ConflictSchema),
});
export type PendingMergeView = z.infer<typeof PendingMergeSchema>;

const SendInputSchema = z.strictObject({
  kind: BundleKindSchema,
  conferenceId: ConferenceIdSchema,
  to: z
    .array(FingerprintSchema)
    .min(1, 'Choose at least one colleague to send to.')
    .max(20, 'Send to at most 20 colleagues at once.'),
  note: z.string().max(4000, 'Keep the note under 4,000 characters.').optional(),
  /** Where the bundle goes: a file for the person to keep, or the shared folder. */
  destination: z.enum(['file', 'folder']),
});

export const exchangeContract = {
  'exchange.identity': {
    input: z.strictObject({}),
    output: z.strictObject({ identity: IdentitySchema.nullable(), folder: z.string().nullable() }),
  },
  'exchange.createIdentity': {
    input: z.strictObject({
      name: PersonTextSchema,
      role: RoleSchema,
      authority: PersonTextSchema,
    }),
    output: IdentitySchema,
  },
  'exchange.card': {
    input: z.strictObject({}),
    output: SavedFileSchema,
  },
  'exchange.team': {
    input: z.strictObject({}),
    output: z.strictObject({
      members: z.array(MemberSchema),
      /** Vault keys of cards that could not be read (docs/exchange.md, "Records that cannot be read"). */
      unreadable: z.array(z.string().max(200)),
    }),
  },
  'exchange.addCard': {
    input: z.strictObject({
      text: z
        .string()
        .min(1, 'Choose a card file.')
        .max(20_000, 'That file is too large for a card.'),
    }),
    output: MemberSchema,
  },
  'exchange.confirmCard': {
    input: z.strictObject({
      fingerprint: FingerprintSchema,
      readAloud: z.string().max(200, 'Type the 30 digits your colleague reads aloud.'),
    }),
    output: MemberSchema,
  },
  'exchange.revokeCard': {
    input: z.strictObject({ fingerprint: FingerprintSchema }),
    output: MemberSchema,
  },
  'exchange.send': {
    input: SendInputSchema,
    output: z.strictObject({
      id: z.string(),
      sha256: z.string(),
      file: SavedFileSchema.optional(),
      /** Set when the bundle went into the shared folder. */
      folderFileName: z.string().optional(),
    }),
  },
  'exchange.inspect': {
    input: z.strictObject({ base64: BundleBase64Schema }),
    output: BundleSummarySchema,
  },
  'exchange.receive': {
    input: z.strictObject({ base64: BundleBase64Schema }),
    output: ReceivedSchema,
  },
  'exchange.inbox': {
    input: z.strictObject({}),
    output: z.strictObject({ folder: z.string().nullable(), entries: z.array(InboxEntrySchema) }),
  },
  'exchange.receiveFromFolder': {
    input: z.strictObject({ fileName: BundleFileNameSchema }),
    output: ReceivedSchema,
  },
  'exchange.pendingMerge': {
    input: z.strictObject({ conferenceId: ConferenceIdSchema.optional() }),
    output: z.strictObject({
      merges: z.array(PendingMergeSchema),
      /** Vault keys of waiting merges that could not be read, when all are listed (never dropped silently). */
      unreadable: z.array(z.string().max(200)),
    }),
  },
  'exchange.resolveMerge': {
    input: z.strictObject({
      conferenceId: ConferenceIdSchema,
      choices: z.record(z.string().max(400), z.enum(['mine', 'theirs'])),
    }),
    output: z.strictObject({ conferenceId: z.string() }),
  },
  'exchange.folderStatus': {
    input: z.strictObject({}),
    output: z.strictObject({
      folder: z.string().nullable(),
      newBundles: z.number().int().nonnegative(),
      watch: z.enum(['events-and-poll', 'poll', 'none']),
    }),
  },
  /** The Designated Manager's choice to share the list with chairs: read it ({}), or set it ({ share }). */
  'exchange.listSharing': {
    input: z.strictObject({ share: z.boolean().optional() }),
    output: z.strictObject({ share: z.boolean() }),
  },
  /** The Designated Manager's list, sent to chairs for their pre-checks. */
  'exchange.sendList': {
    input: SendInputSchema.pick({ to: true, destination: true }),
    output: z.strictObject({
      id: z.string(),
      sha256: z.string(),
      file: SavedFileSchema.optional(),
      folderFileName: z.string().optional(),
    }),
  },
  /** A chair's pre-check of a child against the list received, with its age. */
  'exchange.precheck': {
    input: CheckCriteriaSchema,
    output: z.strictObject({
      answerClass: z.string(),
      headline: z.string(),
      mayTell: z.string(),
      age: z.string(),
      fromName: z.string(),
      matches: z.array(
        z.strictObject({
          name: z.string(),
          strength: z.enum(['strong', 'possible', 'weak']),
          planStart: z.string(),
          lead: z.string().optional(),
        }),
      ),
    }),
  },
  'exchange.setFolder': {
    input: z.strictObject({
      path: z
        .string()
        .trim()
        .max(1000, 'That folder path is too long.')
        .refine((p) => p === '' || p.startsWith('/') || /^[A-Za-z]:[\\/]|^\\\\/.test(p), {
          message: 'Give the full path of the folder (for example /mnt/team or S:\\Conferences).',
        }),
    }),
    output: z.strictObject({ folder: z.string().nullable() }),
  },
} as const;
