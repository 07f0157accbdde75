// Handlers of the spell.* channels: thin calls into the my-words service. Rule source: docs/architecture.md §3.4.
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../create-services';

export function createSpellHandlers(
  s: Services,
): Pick<Handlers, 'spell.myWords' | 'spell.addWord'> {
  return {
    'spell.myWords': () => Promise.resolve(s.myWords.get()),
    'spell.addWord': (input) => s.myWords.add(input.word),
  };
}
