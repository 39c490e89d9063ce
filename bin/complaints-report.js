#!/usr/bin/env node
// The command line, compiled from src/cli by `npm run build:cli` (run by `npm ci` through `prepare`).
require('../dist-node/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
