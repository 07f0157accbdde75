// The command table of the light front: commands marked `light` run here, every other command is handed to the
// full CLI (cliMain in electron/cli/main.ts), which parses the arguments again and loads what it needs.
import type { CliCommand } from './command';

export function frontCommands(
  commands: readonly CliCommand[],
  handOver: () => Promise<number>,
): CliCommand[] {
  return commands.map((c) => (c.light === true ? c : { ...c, run: () => handOver() }));
}
