#!/usr/bin/env node
// `petrel` for node: the command line on the web build (what `npm start --` runs).
import '../v8-workaround.mjs'; // first: see the file
import { exitWith } from '../artifact.mjs';
import { runCommand } from '../index.mjs';

await exitWith(() => runCommand(process.argv.slice(2)));
