// The screens behind an unlocked vault, in one module that App.tsx loads with import(): the first screen (the
// introduction with create or unlock) does not wait for their code (shell.start_ms).
export { ConferenceArea } from './ConferenceArea';
export { LockButton } from './vault/LockButton';
export { LockWarning } from './vault/LockWarning';
