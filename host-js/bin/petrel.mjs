#!/usr/bin/env node
// `petrel` for node: the command line on the web build (what `npm start --` runs).
import { runCommand } from '../index.mjs';

try {
  process.exitCode = await runCommand(process.argv.slice(2));
} catch (error) {
  if (error.name !== 'MissingBuildError') throw error;
  process.stderr.write(`petrel: ${error.message}\n`);
  process.exitCode = 1;
}
