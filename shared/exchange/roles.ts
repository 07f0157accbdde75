// Who a vault belongs to and what each role may do with exchange bundles. A chair signs off; a minute-taker
// prepares a draft and hands it over; the Designated Manager keeps the authority's list of children subject to a
// child protection plan; business support prepares drafts too. Rule source: docs/exchange.md (roles).
import { z } from 'zod';

import { ROLES, ROLE_LABEL } from './role-names';
import type { Role } from './role-names';

export { ROLES, ROLE_LABEL } from './role-names';
export type { Role } from './role-names';
export const RoleSchema = z.enum(ROLES);

/** The kinds of bundle, one per hand-over. */
export const BUNDLE_KINDS = [
  'draft-conference',
  'plan-notification',
  'plan-update',
  'list-snapshot',
] as const;
export const BundleKindSchema = z.enum(BUNDLE_KINDS);
export type BundleKind = z.infer<typeof BundleKindSchema>;

type Rule = { senders: readonly Role[]; recipients: readonly Role[]; what: string };

/** Who may send each kind, and to whom. */
export const BUNDLE_RULES: Record<BundleKind, Rule> = {
  'draft-conference': {
    senders: ['minute-taker', 'chair', 'business-support'],
    recipients: ['minute-taker', 'chair', 'business-support'],
    what: 'a draft conference record',
  },
  'plan-notification': {
    senders: ['chair'],
    recipients: ['designated-manager'],
    what: 'a signed plan notification',
  },
  // A plan ended, or a core group held, without a conference (docs/list.md): the chair tells the manager.
  'plan-update': {
    senders: ['chair'],
    recipients: ['designated-manager'],
    what: 'a plan update',
  },
  // The manager's list for chairs' pre-checks, when the authority shares it (shared/exchange/list-snapshot.ts).
  'list-snapshot': {
    senders: ['designated-manager'],
    recipients: ['chair'],
    what: 'the list of children subject to a plan',
  },
};

/** Why `sender` may not send `kind` to `recipient`, or null when allowed. */
export function bundleRoleProblem(kind: BundleKind, sender: Role, recipient: Role): string | null {
  const rule = BUNDLE_RULES[kind];
  if (!rule.senders.includes(sender)) {
    return `A ${ROLE_LABEL[sender].toLowerCase()} cannot send ${rule.what}.`;
  }
  if (!rule.recipients.includes(recipient)) {
    return `${rule.what[0]!.toUpperCase()}${rule.what.slice(1)} cannot go to a ${ROLE_LABEL[recipient].toLowerCase()}.`;
  }
  return null;
}

/** Only a chair signs off. A vault without an owner identity keeps the single-user behaviour (its user chairs). */
export function signOffRoleProblem(role: Role | undefined): string | null {
  return role === undefined || role === 'chair'
    ? null
    : `Only a conference chair can sign off. This vault belongs to a ${ROLE_LABEL[role].toLowerCase()}: send the draft to the chair instead.`;
}
