// Generates the code-point sets RegExp \p{...} matches (ECMA-262 22.2.2.9
// UnicodeMatchProperty / UnicodeMatchPropertyValue) from Debian's unicode-data:
// General_Category (extracted/DerivedGeneralCategory.txt, groups from PropertyValueAliases.txt),
// Script (Scripts.txt), Script_Extensions (ScriptExtensions.txt), and the spec's binary
// properties (PropList.txt, DerivedCoreProperties.txt, DerivedNormalizationProps.txt,
// emoji/emoji-data.txt, extracted/DerivedBinaryProperties.txt; Any, ASCII and Assigned
// computed), plus the emoji properties of strings (emoji/emoji-sequences.txt,
// emoji/emoji-zwj-sequences.txt) for v patterns. Every accepted spelling ("gc=Lu", "Lu",
// "Uppercase_Letter", "Script_Extensions=Latn", "Alpha", ...) is a key of one sorted table.
// Run by src/regexp/sources.cmake; the output is never committed.
//   node scripts/gen-unicode-sets.mjs <unicode-data dir> <binary_properties.def> <out.c>
import fs from 'node:fs';
import path from 'node:path';

const [dir, defFile, output] = process.argv.slice(2);
if (!dir || !defFile || !output) {
  console.error('usage: node gen-unicode-sets.mjs /usr/share/unicode binary_properties.def out.c');
  process.exit(2);
}
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
const records = (name) => read(name).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean)
  .map((l) => l.split(';').map((f) => f.trim()));
const parseRange = (text) => {
  const [a, b] = text.split('..');
  return [parseInt(a, 16), parseInt(b ?? a, 16)];
};

// Sets as arrays of code points flags would be too big; collect ranges, then normalize.
const normalize = (ranges) => {
  ranges.sort((x, y) => x[0] - y[0]);
  const out = [];
  for (const [lo, hi] of ranges) {
    if (out.length && out[out.length - 1][1] + 1 >= lo) out[out.length - 1][1] = Math.max(out[out.length - 1][1], hi);
    else out.push([lo, hi]);
  }
  return out;
};
const complement = (ranges) => {
  const out = [];
  let next = 0;
  for (const [lo, hi] of normalize(ranges.slice())) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= 0x10FFFF) out.push([next, 0x10FFFF]);
  return out;
};
const collect = (file, wanted) => {
  const map = new Map();
  for (const [range, property] of records(file)) {
    if (wanted && !wanted.has(property)) continue;
    if (!map.has(property)) map.set(property, []);
    map.get(property).push(parseRange(range));
  }
  return map;
};

// Aliases: PropertyValueAliases.txt lines "gc ; Lu ; Uppercase_Letter", "sc ; Latn ; Latin".
const aliases = { gc: [], sc: [] };
const gcGroups = new Map();
for (const line of read('PropertyValueAliases.txt')) {
  const [body, comment] = line.split('#');
  const fields = body.split(';').map((f) => f.trim());
  if (!(fields[0] in aliases)) continue;
  const names = fields.slice(1).filter((n) => n && n !== 'n/a');
  aliases[fields[0]].push(names);
  if (fields[0] === 'gc' && comment && comment.includes('|'))
    gcGroups.set(names[0], comment.split('|').map((s) => s.trim()));
}

const sets = []; // [key, ranges]
const keys = [];
const addSet = (spellings, ranges) => {
  const index = sets.length;
  sets.push(normalize(ranges));
  for (const key of spellings) keys.push([key, index]);
};

// General_Category.
const gc = collect('extracted/DerivedGeneralCategory.txt');
for (const names of aliases.gc) {
  const short = names[0];
  const members = gcGroups.get(short) ?? [short];
  const ranges = members.flatMap((m) => gc.get(m) ?? []);
  const spellings = names.flatMap((n) => [n, `General_Category=${n}`, `gc=${n}`]);
  addSet(spellings, ranges);
}

// Script and Script_Extensions.
const scriptRanges = collect('Scripts.txt');
const longToShort = new Map();
for (const names of aliases.sc) for (const n of names) longToShort.set(n, names[0]);
const byShort = new Map();
for (const [long, ranges] of scriptRanges) byShort.set(longToShort.get(long), ranges);
byShort.set('Zzzz', complement([...scriptRanges.values()].flat()));
const extensions = new Map(); // short script -> ranges where scx lists it
const hasExtension = [];
for (const [range, list] of records('ScriptExtensions.txt')) {
  const r = parseRange(range);
  hasExtension.push(r);
  for (const s of list.split(/\s+/)) {
    if (!extensions.has(s)) extensions.set(s, []);
    extensions.get(s).push(r);
  }
}
const subtract = (ranges, minus) => {
  const out = [];
  const m = normalize(minus.slice());
  for (const [lo0, hi] of normalize(ranges.slice())) {
    let lo = lo0;
    for (const [a, b] of m) {
      if (b < lo || a > hi) continue;
      if (a > lo) out.push([lo, a - 1]);
      lo = b + 1;
      if (lo > hi) break;
    }
    if (lo <= hi) out.push([lo, hi]);
  }
  return out;
};
for (const names of aliases.sc) {
  const short = names[0];
  if (short === 'Hrkt') continue; // Katakana_Or_Hiragana: no characters; V8 rejects it too
  const ranges = byShort.get(short) ?? [];
  addSet(names.flatMap((n) => [`Script=${n}`, `sc=${n}`]), ranges);
  const scx = subtract(ranges, hasExtension).concat(extensions.get(short) ?? []);
  addSet(names.flatMap((n) => [`Script_Extensions=${n}`, `scx=${n}`]), scx);
}

// Binary properties: the spec's list, in binary_properties.def.
const binary = [];
const strings = [];
for (const line of fs.readFileSync(defFile, 'utf8').split('\n')) {
  let m = line.match(/^BINARY\("([^"]+)", (?:"([^"]+)"|NULL)\)/);
  if (m) binary.push([m[1], m[2]]);
  m = line.match(/^STRINGS\("([^"]+)"\)/);
  if (m) strings.push(m[1]);
}
const sources = new Map();
for (const file of ['PropList.txt', 'DerivedCoreProperties.txt', 'DerivedNormalizationProps.txt',
  'emoji/emoji-data.txt', 'extracted/DerivedBinaryProperties.txt'])
  for (const [name, ranges] of collect(file)) if (!sources.has(name)) sources.set(name, ranges);
sources.set('Any', [[0, 0x10FFFF]]);
sources.set('ASCII', [[0, 0x7F]]);
sources.set('Assigned', complement(gc.get('Cn')));
for (const [name, alias] of binary) {
  if (!sources.has(name)) {
    console.error(`gen-unicode-sets: no data for binary property ${name}`);
    process.exit(1);
  }
  addSet(alias ? [name, alias] : [name], sources.get(name));
}

// Properties of strings (v flag): sequences from emoji-sequences.txt / emoji-zwj-sequences.txt.
const sequences = new Map(strings.map((s) => [s, []]));
for (const file of ['emoji/emoji-sequences.txt', 'emoji/emoji-zwj-sequences.txt']) {
  for (const [codes, type] of records(file)) {
    if (!sequences.has(type)) continue;
    if (codes.includes('..')) {
      const [lo, hi] = parseRange(codes);
      for (let c = lo; c <= hi; c++) sequences.get(type).push([c]);
    } else {
      sequences.get(type).push(codes.split(/\s+/).map((h) => parseInt(h, 16)));
    }
  }
}
sequences.set('RGI_Emoji', strings.filter((s) => s !== 'RGI_Emoji').flatMap((s) => sequences.get(s)));
for (const [name, list] of sequences) if (list.length === 0) {
  console.error(`gen-unicode-sets: no sequences for ${name}`);
  process.exit(1);
}

keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const rangeWords = [];
const spans = sets.map((ranges) => {
  const offset = rangeWords.length / 2;
  for (const [lo, hi] of ranges) rangeWords.push(lo, hi);
  return [offset, ranges.length];
});
const stringWords = []; // per property: count, then per string: length, code points
const stringIndex = [];
for (const name of strings) {
  stringIndex.push([name, stringWords.length]);
  const list = sequences.get(name);
  stringWords.push(list.length);
  for (const s of list) stringWords.push(s.length, ...s);
}
const hex = (n) => `0x${n.toString(16)}`;
const wrap = (words) => words.map(hex).join(',').replace(/((?:[^,]*,){12})/g, '$1\n  ');
fs.writeFileSync(output, `/* Generated by scripts/gen-unicode-sets.mjs from Debian's unicode-data. Do not edit; do not
 * commit. re_property_keys is sorted by byte value; re_property_spans[2*i] is the first range
 * of key i's set in re_property_ranges and [2*i+1] the number of ranges. String properties:
 * at re_string_property_offsets[i] in re_string_property_words, the count of strings, then
 * each string as its length and its code points. */
#include <stddef.h>
#include <stdint.h>

const uint32_t re_property_ranges[] = {
  ${wrap(rangeWords)}
};
const char *const re_property_keys[] = {
${keys.map(([k]) => `  "${k}",`).join('\n')}
};
const uint32_t re_property_spans[] = {
${keys.map(([, i]) => `  ${spans[i][0]}, ${spans[i][1]},`).join('\n')}
};
const size_t re_property_key_count = ${keys.length};
const char *const re_string_property_names[] = {
${stringIndex.map(([n]) => `  "${n}",`).join('\n')}
};
const uint32_t re_string_property_offsets[] = {${stringIndex.map(([, o]) => o).join(', ')}};
const size_t re_string_property_count = ${stringIndex.length};
const uint32_t re_string_property_words[] = {
  ${wrap(stringWords)}
};
`);
