#!/usr/bin/env node
// The benchmark harness (npm run bench): each workload on Petrel beside its peers in the same
// run, printed as times and ratios; nothing is asserted. Needs the builds (npm run build).
import { benchGc } from './gc.mjs';
import { benchMicro } from './micro.mjs';
import { benchParse } from './parse.mjs';

await benchParse();
await benchGc();
await benchMicro(process.argv.slice(2)); // its options pass through: npm run bench -- --runs=1
