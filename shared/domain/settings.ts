// The authority's own settings, kept in the vault: the authority's name and the protective marking the documents
// print in every page's frame, and the title of the manager who keeps the list. Each overrides the England default
// of config.ts. Rules: docs/domain.md §6 (the list manager's title varies: "Designated Manager" in Medway), §9.5
// (configuration the app needs), §9.4 (documents: the authority's name and marking on every page).
import { z } from 'zod';

import type { Config } from './config';
import { ENGLAND_DEFAULTS } from './config-defaults';
import { SectionKeySchema } from './household';

const Text = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}.`)
    .max(120, `${label.charAt(0).toUpperCase()}${label.slice(1)} must be 120 characters or fewer.`)
    .refine((s) => ![...s].some(isControl), 'Use letters, numbers and punctuation only.');

/** A control character (new lines, tabs and the like have no place in a one-line setting). */
function isControl(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

/** Planned minutes for the steps the authority has changed (the rest keep DEFAULT_STEP_MINUTES). */
export const StepMinutesSchema = z.partialRecord(
  SectionKeySchema,
  z
    .number({ error: 'Enter the planned minutes as a whole number.' })
    .int('Enter the planned minutes as a whole number.')
    .min(1, 'Plan at least 1 minute for each step.')
    .max(180, 'Plan 180 minutes or fewer for one step.'),
);
export type StepMinutes = z.infer<typeof StepMinutesSchema>;

/** The settings a user can change, with what each must be. */
export const AuthoritySettingsSchema = z.strictObject({
  authorityName: Text('the name of the local authority'),
  protectiveMarking: Text('the protective marking'),
  listManagerTitle: Text('the title of the manager who keeps the list'),
  /** Absent until the authority plans its own minutes per agenda step (docs/domain.md §1). */
  stepMinutes: StepMinutesSchema.optional(),
});
export type AuthoritySettings = z.infer<typeof AuthoritySettingsSchema>;

/** The settings before any are saved: the England defaults, with no authority name yet. */
export const DEFAULT_AUTHORITY_SETTINGS = {
  authorityName: ENGLAND_DEFAULTS.authorityName,
  protectiveMarking: ENGLAND_DEFAULTS.protectiveMarking,
  listManagerTitle: ENGLAND_DEFAULTS.listManagerTitle,
} as const;

/** The config with the saved settings in place of the defaults (the rest of the config unchanged). */
export function configWithSettings(base: Config, settings: AuthoritySettings): Config {
  return {
    ...base,
    authorityName: settings.authorityName,
    protectiveMarking: settings.protectiveMarking,
    listManagerTitle: settings.listManagerTitle,
  };
}
