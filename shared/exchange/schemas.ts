// The shapes of a team card and of what an exchange bundle carries inside its signature and encryption. The
// envelope (CMS EnvelopedData around CMS SignedData) is described in docs/exchange.md; these are the signed bytes.
import { z } from 'zod';

import { ConferenceSchema } from '../domain/conference';
import { ChildIdSchema, ConferenceIdSchema } from '../domain/ids';
import { IsoDateSchema } from '../domain/primitives';
import { ConferenceStatusSchema } from '../ipc/contracts/conference';
import { PlanListEntrySchema } from '../list/schemas';

import { ListSnapshotBodySchema } from './list-snapshot';
import type { ListSnapshotBody } from './list-snapshot';
import { BundleKindSchema, RoleSchema } from './roles';
import { hasControlOrBidi } from './text';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex');
/** A person's name or an authority's, as it appears on a card: printable text only. */
const CardText = z
  .string()
  .trim()
  .min(1)
  .max(120)
  // C0/C1 controls and bidirectional overrides could make a name read differently on screen.
  .refine((s) => !hasControlOrBidi(s), {
    message: 'may not hold control or direction-changing characters',
  });

/** A colleague's public card: who they are, their role, and their certificate (PEM). */
export const CardSchema = z.strictObject({
  format: z.literal('icpc-card'),
  version: z.literal(1),
  name: CardText,
  role: RoleSchema,
  authority: CardText,
  certificate: z
    .string()
    .max(8000)
    .regex(/^-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\r\n]+-----END CERTIFICATE-----\s*$/),
});
export type Card = z.infer<typeof CardSchema>;

export const BundleHeaderSchema = z.strictObject({
  format: z.literal('icpc-bundle'),
  version: z.literal(1),
  id: z.uuid(),
  kind: BundleKindSchema,
  sender: z.strictObject({ fingerprint: Hex64, name: CardText, role: RoleSchema }),
  recipients: z.array(Hex64).min(1).max(20),
  createdAt: z.iso.datetime(),
  /** The conversation this bundle belongs to, and its place in it. */
  thread: z.string().regex(/^[a-z-]+:[A-Za-z0-9._:-]{1,160}$/),
  sequence: z.number().int().min(1).max(1_000_000),
  /** SHA-256 of the previous bundle file in the same thread, null for the first. */
  previousHash: Hex64.nullable(),
});
export type BundleHeader = z.infer<typeof BundleHeaderSchema>;

export const DraftBodySchema = z.strictObject({
  status: ConferenceStatusSchema.exclude(['signed']),
  conference: ConferenceSchema,
  /** A note to the recipient ("Please check the plan for Sam"). */
  note: z.string().max(4000).optional(),
});
export type DraftBody = z.infer<typeof DraftBodySchema>;

export const NotifiedFileSchema = z.strictObject({
  fileName: z
    .string()
    .min(1)
    .max(200)
    .refine(
      (n) => !hasControlOrBidi(n) && !/[/\\]/.test(n),
      'a file name without folders or control characters',
    ),
  mediaType: z.string().max(100),
  sha256: Hex64,
  base64: z.string().max(60_000_000),
});
export type NotifiedFile = z.infer<typeof NotifiedFileSchema>;

export const PlanNotificationBodySchema = z.strictObject({
  conference: ConferenceSchema,
  version: z.number().int().min(1),
  signedAt: z.iso.datetime(),
  /** SHA-256 of the signed version's canonical content, as in its version record. */
  contentSha256: Hex64,
  files: z.array(NotifiedFileSchema).max(200),
});
export type PlanNotificationBody = z.infer<typeof PlanNotificationBodySchema>;

/**
 * A change to a child's plan made without a conference: the chair's list records for the child (a plan ended for
 * a reason that needs no conference, core groups held). The conference is named for the recipient's screens.
 */
export const PlanUpdateBodySchema = z
  .strictObject({
    child: z.strictObject({ id: ChildIdSchema, name: CardText }),
    conference: z.strictObject({ id: ConferenceIdSchema, date: IsoDateSchema }),
    entries: z
      .array(PlanListEntrySchema.refine((e) => e.kind !== 'transfer-in', 'not a transfer-in'))
      .min(1)
      .max(200),
  })
  .refine((b) => b.entries.every((e) => e.childId === b.child.id), {
    message: 'every record must be about the child named',
    path: ['entries'],
  })
  .refine((b) => new Set(b.entries.map((e) => e.id)).size === b.entries.length, {
    message: 'each record once',
    path: ['entries'],
  });
export type PlanUpdateBody = z.infer<typeof PlanUpdateBodySchema>;

/** A parsed payload; `kind` repeats the header's so that TypeScript narrows the body by it. */
export type BundlePayload =
  | { kind: 'draft-conference'; header: BundleHeader; body: DraftBody }
  | { kind: 'plan-notification'; header: BundleHeader; body: PlanNotificationBody }
  | { kind: 'plan-update'; header: BundleHeader; body: PlanUpdateBody }
  | { kind: 'list-snapshot'; header: BundleHeader; body: ListSnapshotBody };

const BODY_SCHEMA = {
  'draft-conference': DraftBodySchema,
  'plan-notification': PlanNotificationBodySchema,
  'plan-update': PlanUpdateBodySchema,
  'list-snapshot': ListSnapshotBodySchema,
} as const;

/** The payload's header and the body its kind calls for; every problem listed with its path. */
export function parsePayload(
  value: unknown,
): { ok: true; payload: BundlePayload } | { ok: false; problems: string[] } {
  const outer = z.strictObject({ header: BundleHeaderSchema, body: z.unknown() }).safeParse(value);
  if (!outer.success) {
    return {
      ok: false,
      problems: outer.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  }
  const body = BODY_SCHEMA[outer.data.header.kind].safeParse(outer.data.body);
  if (!body.success) {
    return {
      ok: false,
      problems: body.error.issues.slice(0, 10).map((i) => `body.${i.path.join('.')}: ${i.message}`),
    };
  }
  return {
    ok: true,
    payload: {
      kind: outer.data.header.kind,
      header: outer.data.header,
      body: body.data,
    } as BundlePayload,
  };
}
