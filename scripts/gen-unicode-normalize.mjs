// Generates the Unicode normalization tables (UAX #15) from Debian's unicode-data:
// /usr/share/unicode/UnicodeData.txt (Canonical_Combining_Class, Decomposition_Mapping) and
// DerivedNormalizationProps.txt (quick-check values, Full_Composition_Exclusion). Run by the
// build (src/unicode/sources.cmake); the output is never committed.
//   node scripts/gen-unicode-normalize.mjs <UnicodeData.txt> <DerivedNormalizationProps.txt> <out.c>
// Output, read by src/unicode/normalize.c (which declares the same arrays):
// - a two-level table, code point -> record index (stage1[cp >> shift], then stage2);
// - records of three words: ccc | flags << 8; canonical and compatibility full
//   decompositions as offset | length << 24 into one mapping array. Decompositions are
//   flattened here (recursively, Hangul included), so the C side never recurses;
// - primary composites (first, second, composite), sorted, without Full_Composition_Exclusion.
import fs from 'node:fs';

const [dataPath, propsPath, output] = process.argv.slice(2);
if (!dataPath || !propsPath || !output) {
  console.error('usage: node gen-unicode-normalize.mjs UnicodeData.txt DerivedNormalizationProps.txt out.c');
  process.exit(2);
}

// Flag bits; normalize.c names the same values.
const NFD_NO = 1 << 0, NFKD_NO = 1 << 1, NFC_NO = 1 << 2, NFC_MAYBE = 1 << 3;
const NFKC_NO = 1 << 4, NFKC_MAYBE = 1 << 5, COMBINES_BACKWARD = 1 << 6;
const BOUNDARY_NFD = 1 << 7, BOUNDARY_NFKD = 1 << 8, BOUNDARY_NFC = 1 << 9, BOUNDARY_NFKC = 1 << 10;

const S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7;
const T_COUNT = 28, N_COUNT = 21 * 28, S_COUNT = 11172;

const ccc = new Map();
const mapping = new Map(); // cp -> { compat, cps }
for (const line of fs.readFileSync(dataPath, 'utf8').split('\n')) {
  const f = line.split(';');
  if (f.length < 6) continue;
  const cp = parseInt(f[0], 16);
  if (+f[3]) ccc.set(cp, +f[3]);
  if (f[5]) {
    const compat = f[5].startsWith('<');
    const cps = f[5].replace(/<[^>]*>\s*/, '').split(' ').map((h) => parseInt(h, 16));
    mapping.set(cp, { compat, cps });
  }
}
if (mapping.size === 0) {
  console.error(`gen-unicode-normalize: no decompositions in ${dataPath}`);
  process.exit(1);
}

const propsText = fs.readFileSync(propsPath, 'utf8');
const flags = new Map();
const fullExclusion = new Set();
const addFlag = (cp, bit) => flags.set(cp, (flags.get(cp) || 0) | bit);
for (const line of propsText.split('\n')) {
  const m = /^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*(\w+)\s*(?:;\s*(\w+))?/.exec(line);
  if (!m) continue;
  const first = parseInt(m[1], 16), last = m[2] ? parseInt(m[2], 16) : first;
  const bit = {
    'NFD_QC:N': NFD_NO, 'NFKD_QC:N': NFKD_NO, 'NFC_QC:N': NFC_NO, 'NFC_QC:M': NFC_MAYBE,
    'NFKC_QC:N': NFKC_NO, 'NFKC_QC:M': NFKC_MAYBE,
  }[`${m[3]}:${m[4]}`];
  for (let cp = first; cp <= last; cp++) {
    if (bit) addFlag(cp, bit);
    if (m[3] === 'Full_Composition_Exclusion') fullExclusion.add(cp);
  }
}
if (fullExclusion.size === 0) {
  console.error(`gen-unicode-normalize: no Full_Composition_Exclusion in ${propsPath}`);
  process.exit(1);
}

// Full decomposition, flattened with an explicit stack (the data nests only a few levels).
function decompose(cp, compat) {
  const result = [];
  const stack = [cp];
  while (stack.length) {
    const c = stack.pop();
    if (c >= S_BASE && c < S_BASE + S_COUNT) {
      const s = c - S_BASE;
      const parts = [L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT)];
      if (s % T_COUNT) parts.push(T_BASE + (s % T_COUNT));
      result.push(...parts);
      continue;
    }
    const m = mapping.get(c);
    if (m && (compat || !m.compat)) stack.push(...[...m.cps].reverse());
    else result.push(c);
  }
  return result;
}

// Primary composites: canonical pairs not excluded.
const compositions = [];
for (const [cp, m] of mapping) {
  if (m.compat || fullExclusion.has(cp)) continue;
  if (m.cps.length !== 2) throw new Error(`U+${cp.toString(16)}: non-excluded mapping of length ${m.cps.length}`);
  compositions.push([m.cps[0], m.cps[1], cp]);
  addFlag(m.cps[1], COMBINES_BACKWARD);
}
for (let v = V_BASE; v < V_BASE + 21; v++) addFlag(v, COMBINES_BACKWARD);
for (let t = T_BASE + 1; t < T_BASE + T_COUNT; t++) addFlag(t, COMBINES_BACKWARD);
compositions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

// Mapping array with deduplicated sequences.
const mappings = [];
const sequenceOffsets = new Map();
function intern(cps) {
  const key = cps.join(',');
  if (!sequenceOffsets.has(key)) {
    sequenceOffsets.set(key, mappings.length);
    mappings.push(...cps);
  }
  return sequenceOffsets.get(key);
}

// A segment may start before cp when its decomposition begins with a starter (and, for the
// composing forms, one that cannot combine with what precedes it).
function boundaryFlags(cp) {
  let result = 0;
  const nfd = decompose(cp, false), nfkd = decompose(cp, true);
  const starter = (c) => !ccc.has(c);
  const backward = (c) => ((flags.get(c) || 0) & COMBINES_BACKWARD) !== 0;
  if (starter(nfd[0])) result |= BOUNDARY_NFD;
  if (starter(nfkd[0])) result |= BOUNDARY_NFKD;
  if (starter(nfd[0]) && !backward(nfd[0])) result |= BOUNDARY_NFC;
  if (starter(nfkd[0]) && !backward(nfkd[0])) result |= BOUNDARY_NFKC;
  return result;
}
const DEFAULT_BOUNDARY = BOUNDARY_NFD | BOUNDARY_NFKD | BOUNDARY_NFC | BOUNDARY_NFKC;

const records = [[DEFAULT_BOUNDARY << 8, 0, 0]];
const recordIndex = new Map([[records[0].join(','), 0]]);
const interesting = new Set([...ccc.keys(), ...mapping.keys(), ...flags.keys()]);
function recordOf(cp) {
  if (!interesting.has(cp)) return 0;
  const hangul = cp >= S_BASE && cp < S_BASE + S_COUNT;
  let canonical = 0, compatible = 0;
  if (mapping.has(cp) && !hangul) {
    const nfd = mapping.get(cp).compat ? [] : decompose(cp, false);
    const nfkd = decompose(cp, true);
    if (nfd.length) canonical = intern(nfd) | (nfd.length << 24);
    compatible = intern(nfkd) | (nfkd.length << 24);
  }
  const word0 = (ccc.get(cp) || 0) | (((flags.get(cp) || 0) | boundaryFlags(cp)) << 8);
  const record = [word0, canonical >>> 0, compatible >>> 0];
  const key = record.join(',');
  if (!recordIndex.has(key)) {
    recordIndex.set(key, records.length);
    records.push(record);
  }
  return recordIndex.get(key);
}
const perCodePoint = new Uint16Array(0x110000);
for (const cp of interesting) perCodePoint[cp] = recordOf(cp);
if (records.length > 0xFFFF || mappings.length >= 1 << 24) throw new Error('tables too large');

// Two-level table: pick the block size that makes it smallest.
function build(shift) {
  const size = 1 << shift;
  const stage1 = [], stage2 = [], blocks = new Map();
  for (let base = 0; base < 0x110000; base += size) {
    const block = perCodePoint.subarray(base, base + size);
    const key = block.join(',');
    if (!blocks.has(key)) {
      blocks.set(key, stage2.length / size);
      stage2.push(...block);
    }
    stage1.push(blocks.get(key));
  }
  return { shift, stage1, stage2, bytes: 2 * (stage1.length + stage2.length) };
}
let best = null;
for (let shift = 4; shift <= 9; shift++) {
  const t = build(shift);
  if (!best || t.bytes < best.bytes) best = t;
}

function rows(values, perRow, format) {
  const out = [];
  for (let i = 0; i < values.length; i += perRow) {
    out.push('  ' + values.slice(i, i + perRow).map(format).join(', ') + ',');
  }
  return out.join('\n');
}
const hex = (v) => '0x' + v.toString(16).toUpperCase();
const version = (/^# DerivedNormalizationProps-([\d.]+)\.txt/m.exec(propsText) || [])[1] || 'unknown';

const out = `/* Generated by scripts/gen-unicode-normalize.mjs from UnicodeData.txt and
 * DerivedNormalizationProps-${version}.txt. Do not edit; do not commit.
 * ${records.length} records, ${mappings.length} mapping code points, ${compositions.length} compositions,
 * two-level table of ${best.bytes} bytes (block shift ${best.shift}). */
#include <stddef.h>
#include <stdint.h>

const char unicode_normalize_version[] = "${version}";
const unsigned unicode_normalize_block_shift = ${best.shift};

const uint16_t unicode_normalize_stage1[] = {
${rows(best.stage1, 16, String)}
};

const uint16_t unicode_normalize_stage2[] = {
${rows(best.stage2, 16, String)}
};

const uint32_t unicode_normalize_records[][3] = {
${rows(records, 3, (r) => `{${r.map(hex).join(', ')}}`)}
};

const uint32_t unicode_normalize_mappings[] = {
${rows(mappings, 8, hex)}
};

const uint32_t unicode_normalize_compositions[][3] = {
${rows(compositions, 3, (c) => `{${c.map(hex).join(', ')}}`)}
};
const size_t unicode_normalize_compositions_count = ${compositions.length};
`;
fs.writeFileSync(output, out);
