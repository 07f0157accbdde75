// Every CLI command, in the order `icpc --help` lists them. Add a command: one file in this folder, one line here.
import type { CliCommand } from '../command';

import { acceptOlderCommand } from './accept-older';
import { backupCommand } from './backup';
import { bankHolidaysCommand } from './bank-holidays';
import { changePassphraseCommand } from './change-passphrase';
import { checkCommand } from './check';
import { dueCommand } from './due';
import { initCommand } from './init';
import { exportCensusCommand, listCommand } from './list';
import { renderCommand } from './render';
import { signCommand } from './sign';
import { statusCommand } from './status';
import { precheckCommand, shareListCommand } from './list-share';
import { identityCommand, mergeCommand, receiveCommand, sendCommand, teamCommand } from './team';
import { unlockCheckCommand } from './unlock-check';
import { unlockCommand } from './unlock-force';
import { exportCommand, importCommand } from './vault-documents';
import { verifyCommand } from './verify';
import { verifyDocCommand } from './verify-doc';

export const COMMANDS: readonly CliCommand[] = [
  statusCommand,
  dueCommand,
  bankHolidaysCommand,
  initCommand,
  unlockCheckCommand,
  acceptOlderCommand,
  unlockCommand,
  changePassphraseCommand,
  backupCommand,
  verifyCommand,
  renderCommand,
  signCommand,
  verifyDocCommand,
  importCommand,
  exportCommand,
  listCommand,
  checkCommand,
  exportCensusCommand,
  identityCommand,
  teamCommand,
  sendCommand,
  receiveCommand,
  mergeCommand,
  shareListCommand,
  precheckCommand,
];
