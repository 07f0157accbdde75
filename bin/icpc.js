#!/usr/bin/env node
// The `icpc` command: runs the built CLI (npm run build first).
import '../out/main/cli.js';
