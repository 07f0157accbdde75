// Channel and event names only, with no imports, so the sandboxed preload can bundle this file alone.
// Add a channel: a name here, a schema pair in contract.ts, a line in electron/services/handlers.ts.

export const CHANNELS = [
  'app.status',
  'app.echo',
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.unlockWithRecoveryKey',
  'vault.acceptOlder',
  'vault.lock',
  'vault.changePassphrase',
  'vault.backups',
  'vault.restoreBackup',
  'vault.setIdleLock',
  'conference.list',
  'conference.create',
  'conference.get',
  'conference.applyEdit',
  'conference.validate',
  'conference.setStatus',
  'documents.preview',
  'documents.signOff',
  'documents.listVersions',
  'documents.read',
  'documents.amend',
  'documents.verify',
  'documents.export',
  'documents.importCertificate',
  'list.query',
  'list.check',
  'list.enquiries',
  'list.history',
  'list.addTransferIn',
  'list.recordCoreGroup',
  'list.endPlan',
  'list.openReview',
  'list.exportCsv',
  'list.exportCensus',
  'settings.get',
  'settings.set',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENTS = ['app.locked', 'documents.progress'] as const;
export type EventName = (typeof EVENTS)[number];
