// Contract of the settings.* channels: the authority's name, the protective marking and the title of the list's
// manager, read and saved (docs/domain.md §6, §9.5). Rule source: docs/architecture.md §3.4.
import { z } from 'zod';

import { ShortTextSchema } from '../../domain/primitives';
import { AuthoritySettingsSchema, StepMinutesSchema } from '../../domain/settings';

/** The settings in force: the saved ones, or the defaults (authority name empty) before anything is saved. */
export const SettingsOutputSchema = z.strictObject({
  authorityName: ShortTextSchema,
  protectiveMarking: ShortTextSchema,
  listManagerTitle: ShortTextSchema,
  /** Planned minutes per agenda step where the authority changed them. */
  stepMinutes: StepMinutesSchema.optional(),
  /** When they were last saved; absent while the defaults are in force. */
  savedAt: z.iso.datetime().optional(),
});
export type SettingsOutput = z.infer<typeof SettingsOutputSchema>;

export const settingsContract = {
  'settings.get': {
    input: z.strictObject({}),
    output: SettingsOutputSchema,
  },
  'settings.set': {
    input: AuthoritySettingsSchema,
    output: SettingsOutputSchema,
  },
} as const;
