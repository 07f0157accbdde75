// Seeds a vault folder with `count` fictional children subject to a plan before the browser shell starts: signed
// one-child conferences (the same generated children as the list bench) written through the vault service, so a
// 5,000-row list takes seconds to build rather than 15,000 channel calls. The shell then opens this folder.
import { createServices } from '../../../electron/services/create-services';
import { generatedConferences } from '../../fixtures/list';
import { recordingLogger } from '../../support/test-services';

import { TEST_PASSPHRASE } from './conference-vault';

/** Creates the vault in `dataDir` with TEST_PASSPHRASE and stores the conferences; closes it again. */
export async function seedVaultWithPlans(dataDir: string, count: number): Promise<void> {
  const services = createServices({
    dataDir,
    shell: 'test',
    clock: { now: () => new Date() },
    logger: recordingLogger(),
  });
  try {
    await services.vault.create(TEST_PASSPHRASE);
    const savedAt = new Date().toISOString();
    for (const conference of generatedConferences(count).conferences) {
      await services.vault.put('conferences', conference.id, {
        revision: 1,
        savedAt,
        status: 'signed',
        conference: JSON.parse(JSON.stringify(conference)) as never,
      });
    }
  } finally {
    await services.close();
  }
}
