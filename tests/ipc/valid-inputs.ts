// One valid input per channel. The Record type makes a missing channel a compile error: add yours here.
import type { Channel } from '../../shared/ipc/channels';

export const VALID_INPUTS: Record<Channel, Record<string, unknown>> = {
  'app.status': {},
  'app.echo': { text: 'Hello from the test' },
  'vault.status': {},
  'vault.create': { passphrase: 'a long enough passphrase' },
  'vault.unlock': { passphrase: 'a long enough passphrase' },
  'vault.unlockWithRecoveryKey': {
    recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000',
    newPassphrase: 'a long enough passphrase',
  },
  'vault.lock': {},
  'vault.changePassphrase': { current: 'old passphrase', next: 'a long enough passphrase' },
  'vault.backups': {},
  'vault.restoreBackup': { passphrase: 'a long enough passphrase', id: 'vault-00000001.icpc' },
  'conference.list': {},
  'conference.create': {
    type: 'initial',
    date: '2026-01-05',
    strategyDiscussionDate: '2025-12-10',
  },
  'conference.get': { conferenceId: 'conf-1' },
  'conference.applyEdit': {
    conferenceId: 'conf-1',
    baseRevision: 0,
    edit: { type: 'set', path: ['venue'], value: 'Room 2' },
  },
  'conference.validate': { conferenceId: 'conf-1' },
  'conference.setStatus': { conferenceId: 'conf-1', expectedRevision: 0, status: 'in-conference' },
  'documents.preview': { conferenceId: 'conf-1' },
  'documents.signOff': { conferenceId: 'conf-1', passphrase: 'a long enough passphrase' },
  'documents.listVersions': { conferenceId: 'conf-1' },
  'documents.read': { documentId: 'conf-1.v1.0.pdf' },
  'documents.amend': { conferenceId: 'conf-1', reason: 'The mother’s name was misspelt.' },
  'documents.verify': { fileName: 'conference-record.pdf', base64: 'JVBERi0=' },
  'documents.export': { documentIds: ['conf-1.v1.0.pdf'] },
  'documents.importCertificate': { base64: 'MAA=', password: 'certificate password' },
};
