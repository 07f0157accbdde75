// A document is stored once and never replaced (docs/vault.md, "Documents are never replaced"): a signed file or a
// signed version's record under an id the vault already holds would silently change what was signed. Storing the
// very same document again (a retried receipt after a crash) is allowed and changes nothing.
import { AppFailure } from '../../../shared/ipc/result';

import type { DocumentMeta } from './vault-data';

/** What storing `meta` under `id` means, given the documents held: 'new', or 'same' (nothing to do). */
export function documentOnce(
  held: Readonly<Record<string, unknown>>,
  id: string,
  meta: Pick<DocumentMeta, 'sha256' | 'size' | 'mediaType' | 'meta'>,
): 'new' | 'same' {
  if (!Object.prototype.hasOwnProperty.call(held, id)) {
    return 'new';
  }
  const old = held[id] as DocumentMeta;
  if (
    old.sha256 === meta.sha256 &&
    old.size === meta.size &&
    old.mediaType === meta.mediaType &&
    JSON.stringify(old.meta) === JSON.stringify(meta.meta)
  ) {
    return 'same';
  }
  throw new AppFailure(
    'CONFLICT',
    'A document with this id is already stored, and stored documents are never replaced. Nothing was saved.',
  );
}
