// ES module entry of the full CLI (out/main/cli.js, `npm run cli`). The `icpc` command starts at the light front
// instead (bin/icpc.cjs, electron/cli/front.ts), which hands every command that opens the vault to cliMain.
import { cliMain } from './main';

process.exitCode = await cliMain(process.argv.slice(2));
