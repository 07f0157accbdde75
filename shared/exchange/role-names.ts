// The roles a vault's owner can have, and their names, with no schema library: the CLI's help and its team command
// read them without loading zod (cli.help_ms). The schema is in ./roles.ts. Rule source: docs/exchange.md (roles).

export const ROLES = ['chair', 'minute-taker', 'designated-manager', 'business-support'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  chair: 'Conference chair',
  'minute-taker': 'Minute-taker',
  'designated-manager': 'Designated Manager (list of children subject to a plan)',
  'business-support': 'Business support',
};

/** The role named, or undefined when it is not one. */
export function roleNamed(text: string | undefined): Role | undefined {
  return (ROLES as readonly string[]).includes(text ?? '') ? (text as Role) : undefined;
}
