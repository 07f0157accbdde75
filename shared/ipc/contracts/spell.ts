// Contract of the spell.* channels: the user's own words for the spell-checker, read and added; kept in the vault.
// Rule source: docs/architecture.md §3.4; docs/decisions/0014-offline-spell-check.md.
import { z } from 'zod';

import { MyWordSchema, MyWordsSchema } from '../../spell/my-words';

const MyWordsOutputSchema = z.strictObject({ words: MyWordsSchema });
export type MyWordsOutput = z.infer<typeof MyWordsOutputSchema>;

export const spellContract = {
  'spell.myWords': {
    input: z.strictObject({}),
    output: MyWordsOutputSchema,
  },
  'spell.addWord': {
    input: z.strictObject({ word: MyWordSchema }),
    output: MyWordsOutputSchema,
  },
} as const;
