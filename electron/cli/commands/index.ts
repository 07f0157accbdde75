// Every CLI command, in the order `icpc --help` lists them. Add a command: one file in this folder, one line here.
import type { CliCommand } from '../command';

import { bankHolidaysCommand } from './bank-holidays';
import { dueCommand } from './due';
import { statusCommand } from './status';

export const COMMANDS: readonly CliCommand[] = [statusCommand, dueCommand, bankHolidaysCommand];
