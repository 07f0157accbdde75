// Handlers of the documents.* channels: thin calls into the sign-off service. Rule source: docs/architecture.md §3.4.
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../create-services';

type DocumentsChannel =
  | 'documents.preview'
  | 'documents.signOff'
  | 'documents.draft'
  | 'documents.listVersions'
  | 'documents.read'
  | 'documents.amend'
  | 'documents.verify'
  | 'documents.export'
  | 'documents.print'
  | 'documents.printDraft'
  | 'documents.importCertificate';

export function createDocumentsHandlers(s: Services): Pick<Handlers, DocumentsChannel> {
  const d = s.signoff;
  return {
    'documents.preview': ({ conferenceId }) => Promise.resolve(d.preview(conferenceId)),
    'documents.signOff': ({ conferenceId, passphrase, role, lookedAt }) =>
      d.signOff(conferenceId, passphrase, role, lookedAt),
    'documents.draft': ({ conferenceId, stem, format }) => d.draft(conferenceId, stem, format),
    'documents.listVersions': ({ conferenceId }) => Promise.resolve(d.listVersions(conferenceId)),
    'documents.read': ({ documentId }) => d.read(documentId),
    'documents.amend': ({ conferenceId, reason, requestedBy }) =>
      d.amend(conferenceId, reason, requestedBy),
    'documents.verify': (input) => Promise.resolve(d.verify(input)),
    'documents.export': ({ documentIds, folderName }) => d.export(documentIds, folderName),
    'documents.print': (input) => d.print(input),
    'documents.printDraft': (input) => d.print(input),
    'documents.importCertificate': ({ base64, password }) => d.importCertificate(base64, password),
  };
}
