// The spell-check worker: builds the en-GB checker from the dictionary bundled as text (no file system, no
// network) on its own thread, so the slow load never blocks typing. Protocol: ./protocol.ts.
import aff from 'dictionary-en-gb-files/index.aff?raw';
import dic from 'dictionary-en-gb-files/index.dic?raw';

import type { SpellRequest, SpellResponse } from './protocol';
import { createSpellService } from './spell-service';
import type { SpellService } from './spell-service';

let service: SpellService | null = null;

self.onmessage = (event: MessageEvent<SpellRequest>) => {
  let response: SpellResponse;
  try {
    service ??= createSpellService({ aff, dic });
    response = service(event.data);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    response = {
      kind: 'failed',
      id: event.data.id,
      message: `The dictionary did not load: ${message}`,
    };
  }
  self.postMessage(response);
};
