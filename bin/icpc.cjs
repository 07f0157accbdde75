#!/usr/bin/env node
// The `icpc` command: runs the built CLI's light front (npm run build first). CommonJS, like the front, so Node
// starts it without its ES module loader (cli.help_ms).
require('../out/cli/icpc.cjs');
