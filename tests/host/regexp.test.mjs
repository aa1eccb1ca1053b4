// Differential test of src/regexp against node's RegExp: everything goes through the native
// driver build/native/regexp_driver (tests/regexp/regexp_driver.c) and is compared with node:
// - hand-written tricky cases (empty checks, capture resets, lookbehind, Annex B, folding);
// - seeded random patterns over a small alphabet (groups, lookaround, backreferences,
//   quantifiers, classes, v-flag sets, anchors) with random subjects, flags and lastIndex;
// - random "syntax soup" (SyntaxError reasons and Annex B oddities);
// - case-insensitive matching of every cased character, under i and iu;
// - every \p{...} value over a sample of all assigned code points, and the emoji properties
//   of strings over every listed sequence;
// - a catastrophic pattern stopped by a small step budget.
// Match index, every capture, named groups, null and SyntaxError messages must be equal.
// REGEXP_SEED=n reproduces a run; REGEXP_RANDOM_CASES=n changes the count; REGEXP_DUMP=file
// keeps the driver's input; REGEXP_DRIVER=path runs another driver build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeRandom } from '../lib/random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DRIVER = process.env.REGEXP_DRIVER ?? path.join(ROOT, 'build/native/regexp_driver');
const SEED = Number(process.env.REGEXP_SEED ?? 20261123);
const RANDOM_CASES = Number(process.env.REGEXP_RANDOM_CASES ?? 10000);


const hex = (s) => Buffer.from(s, 'utf16le').swap16().toString('hex');
const unhex = (h) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));

// node's answer in the driver's vocabulary, with named groups as name=start,end.
function nodeAnswer(pattern, flags, subject, lastIndex) {
  let re;
  try {
    new RegExp(pattern, flags); // the message names the flags as given
    re = new RegExp(pattern, flags + 'd' + (flags.includes('g') || flags.includes('y') ? '' : 'g'));
  } catch (e) {
    return `S ${e.message}`;
  }
  re.lastIndex = lastIndex;
  const m = re.exec(subject);
  if (m === null) return 'null';
  const caps = m.indices.map((p) => (p ? `${p[0]} ${p[1]}` : '-1 -1')).join(' ');
  const names = m.indices.groups ? Object.entries(m.indices.groups).map(([n, p]) => `${n}=${p ? p.join(',') : '-'}`) : [];
  return `M ${caps}${names.length ? ' ; ' + names.sort().join(' ') : ''}`;
}

// The driver's line, normalized the same way.
function driverAnswer(line) {
  if (line.startsWith('S ')) return `S ${unhex(line.slice(2))}`;
  if (!line.startsWith('M')) return line;
  const [caps, names] = line.slice(2).split(' ;');
  const numbers = caps.trim().split(' ').map(Number);
  let out = `M ${caps.trim()}`;
  if (names) {
    const list = names.trim().split(' ').map((entry) => {
      const [h, k] = entry.split(':');
      const s = numbers[2 * k], e = numbers[2 * k + 1];
      return `${unhex(h)}=${s < 0 ? '-' : `${s},${e}`}`;
    });
    out += ' ; ' + list.sort().join(' ');
  }
  return out;
}

function runDriver(cases, stepLimit = 50_000_000) {
  const input = cases.map(([p, f, s, li]) => `${f || '-'}\t${li}\t${stepLimit}\t${hex(p)}\t${hex(s)}`).join('\n') + '\n';
  if (process.env.REGEXP_DUMP) fs.writeFileSync(process.env.REGEXP_DUMP, input); // to rerun the driver by hand
  const result = spawnSync(DRIVER, [], { input, maxBuffer: 1 << 28, encoding: 'utf8' });
  assert.equal(result.status, 0, `driver failed: ${result.stderr}`);
  const lines = result.stdout.split('\n');
  lines.pop();
  assert.equal(lines.length, cases.length);
  return lines;
}

// Cases people get wrong: 22.2.2.3.1's empty check and capture reset, backreferences into
// lookbehind, Annex B escapes, case folding corners, surrogate pairs, sticky and lastIndex.
const TRICKY = [
  ['(a*)*', '', 'b'], ['(a*)+', '', 'b'], ['(a|ab)(c|bcd)(d*)', '', 'abcd'], ['(z)((a+)?(b+)?(c))*', '', 'zaacbbbcac'],
  ['(a)|b', '', 'b'], ['(?:(a)|b)+', '', 'ab'], ['(?:(a)|(b))+', '', 'ab'], ['((a)|b)+', '', 'ab'], ['(a?)??', '', 'a'],
  ['(?:a|())*?b', '', 'aab'], ['(a*?)+?b', '', 'aab'], ['(?:()|a)*', '', 'aa'], ['(?:a?)*?$', '', 'aa'], ['(){2}', '', 'x'],
  ['(a\\1)', '', 'aa'], ['(a)\\1*', '', 'aaa'], ['(?:(a)\\1)*', '', 'aaaa'], ['(?=(a))\\1?b', '', 'ab'], ['\\2(a)(b)', '', 'ab'],
  ['(?<=(a)(b))c', '', 'abc'], ['(?<=\\2(a)(b))c', '', 'ababc'], ['(?<=(\\w)+)!', '', 'abc!'], ['(?<=(\\w)+?)!', '', 'abc!'],
  ['(?<=^(\\w+?))c', '', 'abc'], ['(?<!^)\\b', 'g', 'ab cd', 1], ['(?<=(?<!b)a)c', '', 'bacac'], ['(?<=a|bc)d', '', 'bcd'],
  ['(?=(?=a)a)a', '', 'a'], ['(?!(?!a)b)a', '', 'a'], ['(?=(a))(?!\\1b)', '', 'ab aa'], ['(?!(a)b)\\1', '', 'ac'],
  ['\\b\\w+\\b', 'g', 'é foo', 0], ['\\B', '', 'a'], ['^', 'gm', 'a\nb', 1], ['$', 'gm', 'a\nb', 0], ['^$', 'm', '\r\n'],
  ['\\0', '', '\0'], ['\\00', '', '\0'], ['\\08', '', '\x008'], ['\\18', '', '\x018'], ['(a)\\18', '', 'aa8'], ['\\777', '', '?7'],
  ['[\\0-\\1]', '', '\x01'], ['\\c@', '', '\\c@'], ['[\\c@]', '', 'c'], ['[a-\\d]', '', '-'], ['[\\d-a]', '', '-'],
  ['a{,}', '', 'a{,}'], ['a{1,2', '', 'a{1,2'], ['{', '', '{'], ['x{2}?', '', 'xxx'], ['(?=a){0}b', '', 'b'],
  ['[\\u{61}]', '', 'u'], ['\\u{61}', 'u', 'a'], ['[\\u{1F600}-\\u{1F64F}]', 'u', '\u{1F601}'], ['\\p{L}', '', 'p{L}'],
  ['[^\\s\\S]', '', 'a'], ['[\\s\\S]*?$', '', 'ab'], ['.+', '', 'a\u2028b'], ['.+', 's', 'a\u2028b'],
  ['\u00b5', 'i', '\u039c'], ['\u00b5', 'iu', '\u039c'], ['\u00ff', 'i', '\u0178'], ['\u01c5', 'i', '\u01c4'], ['\u01c5', 'i', '\u01c6'],
  ['\u01c5', 'iu', '\u01c6'], ['\u1e9b', 'i', '\u1e61'], ['\u1e9e', 'iu', '\u00df'], ['\u0130', 'iu', 'i'], ['\u0131', 'iu', 'I'],
  ['\u2126', 'i', '\u03c9'], ['\u2126', 'iu', '\u03c9'], ['\ufb00', 'i', 'FF'], ['[\u00e0-\u00ff]+', 'i', '\u00c0\u00dd\u0178'],
  ['\\w', 'i', '\u017f'], ['\\w', 'iu', '\u212a'], ['\\W', 'iu', 'k'], ['[^\\w]', 'iu', '\u212a'], ['\\b.', 'iu', '\u017fa'],
  ['.', 'u', '\ud800'], ['.', 'u', '\udc00\ud800'], ['\\S+', 'u', '\ud83d\ude00\ud83d'], ['[\ud83d\ude00]', '', '\ude00'],
  ['[\ud83d\ude00]', 'u', '\ud83d\ude00'], ['^[^x]$', 'u', '\ud83d\ude00'], ['^[^x]$', '', '\ud83d\ude00'],
  ['\\ud83d', 'u', '\ud83d\ude00'], ['\\ude00', 'gu', '\ud83d\ude00', 1], ['', 'gu', '\ud83d\ude00', 1], ['\\ude00', 'g', '\ud83d\ude00', 1],
  ['(?<=\ud83d)\ude00', '', '\ud83d\ude00'], ['(?<=\ud83d)\ude00', 'u', '\ud83d\ude00'], ['(.)\\1', 'iu', '\ud801\udc00\ud801\udc28'],
  ['a', 'y', 'ba', 0], ['a', 'y', 'ba', 1], ['a', 'gy', 'aba', 1], ['$', 'y', 'ab', 2], ['b', 'g', 'ab', 5],
  ['(?<a>x)|(?<b>y)', '', 'y'], ['(?<\u{1d4d1}>.)', 'u', 'z'], ['(?<\\u{1d4d1}>.)\\k<\\u{1d4d1}>', '', 'zz'], ['(?<a\\u0062>.)', '', 'q'],
  ['\\k<a>', '', 'k<a>'], ['\\k', '', 'k'], ['(?<a>.)\\k', '', ''], ['(?<a>)\\k<b>', '', ''],
  ['[\\p{L}--[a-z]]+', 'v', 'abCDé'], ['[[a-z]--\\q{a|bc}]+', 'v', 'abcd'], ['[\\q{abc|ab}c]', 'v', 'abc'], ['[[ab]&&[bc]]', 'v', 'abc'],
  ['[\\d&&[0-4]]+', 'v', '0123456'], ['\\p{Lu}+', 'v', 'aBCd'], ['[^\\d]', 'v', '1a'], ['[\\q{\ud83d\ude00}]', 'v', '\ud83d\ude00'],
  ['(', 'u', ''], ['(?<a', '', ''], ['a{3,2}', '', ''], ['[z-a]', 'u', ''], ['\\u{FFFFFF}', 'u', ''], ['(?<=a)+', 'u', ''],
  ['(?=a)+', 'u', ''], ['\\-', 'u', ''], ['[\\-]', 'u', '-'], ['\\k<a>', 'u', ''], ['x{99999999999}', '', 'x'],
  ['[\\d-a]', 'u', ''], ['\\8', 'u', ''], ['(?:', 'v', ''], ['[a-z&&b]', 'v', ''], ['[]]', 'v', ''],
];

// Random patterns: a small grammar over a small alphabet, so matches and near-misses are common.
function randomPattern(r, depth, groups) {
  const atoms = ['a', 'b', 'A', '.', '[ab]', '[^a]', '[a-c]', '\\w', '\\W', '\\s', '\\d', 'x', '\\n', 'k', 's',
    '[A-Z]', '[^\\sb]', '[\\w-]', '\\u017f', '\u212a', '\u00e9', '[\u00c0-\u00ff]', '\\p{Lu}', '\\P{Ll}', '\\u{1F600}',
    '\ud83d\ude00', '[\\w--a]', '[[a-z]&&[^b]]', '[\\q{ab|b}A]', '\\0', '\\x41', '[\\b]'];
  const term = () => {
    const roll = r.next();
    if (depth > 0 && roll < 0.25) {
      const kind = r.pick(['(', '(', '(?:', '(?=', '(?!', '(?<=', '(?<!', '(?<n' + groups.named + '>']);
      if (kind === '(' || kind.startsWith('(?<n')) groups.count++;
      if (kind.startsWith('(?<n')) groups.named++;
      return kind + randomPattern(r, depth - 1, groups) + ')';
    }
    if (roll < 0.3 && groups.count > 0) return '\\' + r.int(1, groups.count + 1);
    if (roll < 0.31 && groups.named > 0) return `\\k<n${r.int(0, groups.named - 1)}>`;
    if (roll < 0.35) return r.pick(['^', '$', '\\b', '\\B']);
    return r.pick(atoms);
  };
  const quantified = () => {
    let t = term();
    if (r.next() < 0.35 && !/^(\^|\$|\\b|\\B)$/.test(t)) {
      t += r.pick(['*', '+', '?', '{0,2}', '{1}', '{2,}', '{0}']);
      if (r.next() < 0.3) t += '?';
    }
    return t;
  };
  const alternative = () => Array.from({ length: r.int(0, 3) }, quantified).join('');
  const alternatives = [alternative()];
  while (r.next() < 0.25) alternatives.push(alternative());
  return alternatives.join('|');
}

// Random short strings over the pattern syntax's own characters: most are SyntaxErrors or
// Annex B oddities (\c, octal escapes, braces, ']'), which checks that the compiler reads a
// pattern exactly as the syntax checker and V8 do.
function soupCases(count, seed) {
  const r = makeRandom(seed ^ 0x5eed);
  const pieces = ['\\', '[', ']', '(', ')', '{', '}', '?', '*', '+', '|', '^', '$', '-', ',', '0', '1', '2', '7', '8',
    'c', 'k', 'u', 'x', 'p', 'q', 'b', 'B', 'd', 'W', '<', '>', '=', '!', ':', 'a', 'A', '&', '{1}', '{1,2}', '(?<a>',
    '\\k<a>', '\\u{41}', '\\u0041', '\\x41', '\\cA', '\\p{L}', '\\q{ab}', '[a-z]', '--', '&&', '.'];
  const flagChoices = ['', 'u', 'v', 'i', 'iu', 'iv', 'm', 's'];
  const alphabet = ['a', 'A', 'b', 'c', '\\', '{', '}', '1', '\u0001', '\u0007', '8', '-', 'k', ']', 'u', 'x', 'p', '<'];
  const cases = [];
  for (let i = 0; i < count; i++) {
    const pattern = Array.from({ length: r.int(1, 7) }, () => r.pick(pieces)).join('');
    const subject = Array.from({ length: r.int(0, 8) }, () => r.pick(alphabet)).join('');
    cases.push([pattern, r.pick(flagChoices), subject, 0]);
  }
  return cases;
}

function randomCases(count, seed) {
  const r = makeRandom(seed);
  const flagChoices = ['', '', 'i', 'm', 's', 'u', 'y', 'g', 'iu', 'im', 'v', 'gy', 'su', 'iv'];
  const alphabet = ['a', 'b', 'A', 'B', 'c', 'x', ' ', '\n', '1', '_', 'é', 'É', '\u017f', 'S', 'k', 'K', '\u212a',
    '\ud83d\ude00', '\ud800', '\ude00', '\u00ff', '\u0178', '\u0000'];
  const cases = [];
  for (let i = 0; i < count; i++) {
    const pattern = randomPattern(r, 3, { count: 0, named: 0 });
    const flags = r.pick(flagChoices);
    const subject = Array.from({ length: r.int(0, 10) }, () => r.pick(alphabet)).join('');
    let lastIndex = r.next() < 0.7 ? 0 : r.int(0, subject.length + 1);
    // Inside a surrogate pair under u/v the spec (22.2.7.2) starts at the pair; V8 tries
    // there and then, for zero-width matches, at lastIndex itself: keep random cases off it.
    if (/[uv]/.test(flags) && /[\ud800-\udbff]/.test(subject[lastIndex - 1] ?? '') &&
        /[\udc00-\udfff]/.test(subject[lastIndex] ?? '')) lastIndex--;
    cases.push([pattern, flags, subject, lastIndex]);
  }
  return cases;
}

// V8 (node 20) also tries start positions inside a surrogate pair under u/v when a match
// can be empty (/\B/u on "_😀c" matches at 2); the spec's AdvanceStringIndex (22.2.7.2) steps
// over the pair, as Petrel does. And with v and i, V8 11.3 applies set operations before case
// folding (/[\w--a]/iv matches "A"), where the spec folds each operand first
// (22.2.2.9 MaybeSimpleCaseFolding), as Petrel does. Such cases are counted, not compared.
const insidePair = (s, index) =>
  index > 0 && /[\ud800-\udbff]/.test(s[index - 1]) && /[\udc00-\udfff]/.test(s[index] ?? '');

function compare(cases) {
  cases = cases.map(([p, f, s, li]) => [p, f, s, li ?? 0]);
  const lines = runDriver(cases);
  const failures = [];
  let v8InsidePair = 0, v8FoldedSets = 0;
  cases.forEach(([p, f, s, li], i) => {
    const expected = nodeAnswer(p, f, s, li);
    const actual = driverAnswer(lines[i]);
    if (actual === expected) return;
    if (/[uv]/.test(f) && expected.startsWith('M') && insidePair(s, Number(expected.split(' ')[1]))) {
      v8InsidePair++;
      return;
    }
    if (f.includes('i') && f.includes('v') && /--|&&/.test(p)) {
      v8FoldedSets++;
      return;
    }
    failures.push(`/${p}/${f} on ${JSON.stringify(s)} lastIndex ${li}: petrel ${actual}, node ${expected}`);
  });
  return { failures, v8InsidePair, v8FoldedSets };
}

const skip = fs.existsSync(DRIVER) ? false : `no driver at ${DRIVER} (build the native preset)`;

test('tricky cases agree with node', { skip }, () => {
  const { failures } = compare(TRICKY);
  assert.deepEqual(failures, [], failures.slice(0, 30).join('\n'));
  console.log(`regexp: ${TRICKY.length} tricky cases agree with node`);
});

test(`random patterns agree with node (seed ${SEED})`, { skip }, () => {
  const cases = randomCases(RANDOM_CASES, SEED);
  const { failures, v8InsidePair, v8FoldedSets } = compare(cases);
  console.log(`regexp: seed ${SEED}, ${cases.length} random cases, ${failures.length} disagreements; ` +
    `V8 deviations not compared: ${v8InsidePair} starts inside a surrogate pair, ${v8FoldedSets} iv set operations`);
  assert.deepEqual(failures, [], failures.slice(0, 30).join('\n'));
});

test(`random syntax soup agrees with node (seed ${SEED})`, { skip }, () => {
  const cases = soupCases(RANDOM_CASES, SEED);
  const { failures } = compare(cases);
  const errors = cases.filter(([p, f]) => { try { new RegExp(p, f); return false; } catch { return true; } }).length;
  console.log(`regexp: seed ${SEED}, ${cases.length} syntax-soup cases (${errors} SyntaxErrors), ${failures.length} disagreements`);
  assert.deepEqual(failures, [], failures.slice(0, 30).join('\n'));
});

// Case-insensitive matching of every character (22.2.2.7.3 Canonicalize): for each code
// point, a pattern /\u{X}/ and /[\u{X}-\u{X}]/ under i and iu against every character that
// shares an upper- or lowercase form with it. Characters Debian's Unicode 15 data does not
// know (DerivedAge.txt), and the foldings Unicode added since, are left out: node's ICU is newer.
// Simple foldings Unicode 15.1 added to CaseFolding.txt (U+1FD3 -> U+0390, U+1FE3 -> U+03B0,
// U+FB05 -> U+FB06); node's ICU has them, Debian's 15.0 data does not.
const NEWER_FOLDINGS = new Set([0x390, 0x1FD3, 0x3B0, 0x1FE3, 0xFB05, 0xFB06]);

function caseSweepCases() {
  const assigned = [];
  for (const line of fs.readFileSync('/usr/share/unicode/DerivedAge.txt', 'utf8').split('\n')) {
    const m = line.match(/^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;/);
    if (m) assigned.push([parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)]);
  }
  const known = new Uint8Array(0x110000);
  for (const [lo, hi] of assigned) known.fill(1, lo, hi + 1);
  const buckets = new Map();
  const add = (key, cp) => {
    if (!buckets.has(key)) buckets.set(key, new Set());
    buckets.get(key).add(cp);
  };
  const characters = [];
  for (let cp = 0; cp < 0x20000; cp++) {
    if (!known[cp] || (cp >= 0xD800 && cp <= 0xDFFF)) continue;
    const ch = String.fromCodePoint(cp);
    const upper = ch.toUpperCase(), lower = ch.toLowerCase();
    if (upper === ch && lower === ch) continue;
    characters.push(cp);
    for (const key of [ch, upper, lower]) add(key, cp);
  }
  const cases = [];
  const hex = (cp) => cp.toString(16);
  for (const cp of characters) {
    const ch = String.fromCodePoint(cp);
    const candidates = new Set([...(buckets.get(ch) ?? []), ...(buckets.get(ch.toUpperCase()) ?? []),
      ...(buckets.get(ch.toLowerCase()) ?? [])]);
    for (const other of candidates) {
      if (!known[other] || NEWER_FOLDINGS.has(cp) || NEWER_FOLDINGS.has(other)) continue;
      const subject = 'x' + String.fromCodePoint(other);
      cases.push([`\\u{${hex(cp)}}`, 'iu', subject, 0], [`[\\u{${hex(cp)}}-\\u{${hex(cp)}}]`, 'iu', subject, 0]);
      if (cp <= 0xFFFF && other <= 0xFFFF) {
        const u4 = cp.toString(16).padStart(4, '0');
        cases.push([`\\u${u4}`, 'i', subject, 0], [`[\\u${u4}-\\u${u4}]`, 'i', subject, 0], [`[^\\u${u4}]`, 'i', subject, 1]);
      }
    }
  }
  return cases;
}

test('case-insensitive matching of every cased character agrees with node', { skip }, () => {
  const cases = caseSweepCases();
  const { failures } = compare(cases);
  console.log(`regexp: ${cases.length} case-folding cases, ${failures.length} disagreements`);
  assert.deepEqual(failures, [], failures.slice(0, 30).join('\n'));
});

// Property escapes: for every General_Category value, Script, Script_Extensions and binary
// property, all matches of /\p{X}/gu over a sample of the code points Debian's Unicode 15
// data assigns (the driver's "A" mode, String#matchAll in node) must be the same.
// The driver's "A" mode (every match, like String#matchAll) beside node's.
function allMatches(cases) {
  const input = cases.map(([p, f, s]) => `${f}A\t0\t0\t${hex(p)}\t${hex(s)}`).join('\n') + '\n';
  const result = spawnSync(DRIVER, [], { input, maxBuffer: 1 << 28, encoding: 'utf8' });
  assert.equal(result.status, 0);
  const lines = result.stdout.split('\n');
  return cases.map((_, i) => (lines[i] === 'null' ? 'A' : lines[i].startsWith('S ') ? `S ${unhex(lines[i].slice(2))}` : lines[i]));
}
const nodeAllMatches = (p, f, s) =>
  'A' + [...s.matchAll(new RegExp(p, f + 'g'))].map((m) => ` ${m.index},${m.index + m[0].length}`).join('');

// Sample code points whose properties Unicode changed after 15.0 (node's ICU is newer):
// Script_Extensions of U+00B7, U+02CB, U+0302, U+030D, U+0323, U+032E, U+1CD5, U+1CEB,
// U+202F, U+2E31, U+2E3C, U+2FF4, U+300A; Alphabetic of U+0365, U+1DDD; casing of U+019B;
// Diacritic of U+1D9B, U+1DA6, U+1DB1, U+1DBC; Extender of U+0A71; Grapheme_Extend of
// U+1734, U+1134D, U+16FF1; Sentence_Terminal and Terminal_Punctuation of U+2024.
const CHANGED_SINCE_15 = new Set([0xB7, 0x2CB, 0x302, 0x30D, 0x323, 0x32E, 0x1CD5, 0x1CEB, 0x202F, 0x2E31, 0x2E3C,
  0x2FF4, 0x300A, 0x365, 0x1DDD, 0x19B, 0x1734, 0x1D9B, 0x1DA6, 0x1DB1, 0x1DBC, 0xA71, 0x1134D, 0x16FF1, 0x2024]);

function propertyCases() {
  const names = [];
  for (const line of fs.readFileSync('/usr/share/unicode/PropertyValueAliases.txt', 'utf8').split('\n')) {
    const f = line.replace(/#.*/, '').split(';').map((x) => x.trim());
    if (f[0] === 'gc') names.push(f[1]);
    if (f[0] === 'sc') names.push(`Script=${f[1]}`, `Script_Extensions=${f[2]}`);
  }
  const def = fs.readFileSync(path.join(ROOT, 'src/unicode/binary_properties.def'), 'utf8');
  // Extended_Pictographic is left out: Unicode 17 took hundreds of symbols out of it.
  for (const m of def.matchAll(/^BINARY\("([^"]+)"/gm)) if (m[1] !== 'Extended_Pictographic') names.push(m[1]);
  const sample = [];
  for (const line of fs.readFileSync('/usr/share/unicode/DerivedAge.txt', 'utf8').split('\n')) {
    const m = line.match(/^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;/);
    if (!m) continue;
    for (let cp = parseInt(m[1], 16); cp <= parseInt(m[2] ?? m[1], 16); cp++)
      if ((cp < 0x250 || cp % 11 === 0) && !(cp >= 0xD800 && cp <= 0xDFFF) && !CHANGED_SINCE_15.has(cp)) sample.push(cp);
  }
  const subject = String.fromCodePoint(...sample);
  return names.map((name) => [`\\p{${name}}`, 'u', subject]);
}

test('property escapes agree with node on a sample of every assigned block', { skip }, () => {
  const cases = propertyCases();
  const results = allMatches(cases);
  const failures = [];
  cases.forEach(([p, f, s], i) => {
    let expected;
    try {
      expected = nodeAllMatches(p, f, s);
    } catch (e) {
      expected = `S ${e.message.replace('/gu:', '/u:')}`;
    }
    const actual = results[i];
    if (actual !== expected && (actual.startsWith('S') || expected.startsWith('S'))) {
      failures.push(`/${p}/${f}: petrel ${actual.slice(0, 100)}, node ${expected.slice(0, 100)}`);
    } else if (actual !== expected) {
      const a = new Set(actual.split(' ').slice(1)), e = new Set(expected.split(' ').slice(1));
      const cp = (x) => s.codePointAt(Number(x.split(',')[0])).toString(16);
      failures.push(`/${p}/${f}: only petrel ${[...a].filter((x) => !e.has(x)).map(cp).slice(0, 8)}; ` +
        `only node ${[...e].filter((x) => !a.has(x)).map(cp).slice(0, 8)}`);
    }
  });
  console.log(`regexp: ${cases.length} property escapes over ${[...cases[0][2]].length} code points, ${failures.length} disagreements`);
  assert.deepEqual(failures, [], failures.slice(0, 40).join('\n'));
});

// Properties of strings (v): all matches of \p{P} (and of a class with a set operation on
// it, and a lookbehind) over every sequence Debian's emoji data lists for P, space-separated.
test('emoji properties of strings agree with node', { skip }, () => {
  const byProperty = new Map();
  for (const file of ['emoji-sequences.txt', 'emoji-zwj-sequences.txt']) {
    for (const line of fs.readFileSync(`/usr/share/unicode/emoji/${file}`, 'utf8').split('\n')) {
      const f = line.replace(/#.*/, '').split(';').map((x) => x.trim());
      if (f.length < 2 || !f[0]) continue;
      const [lo, hi] = f[0].includes('..') ? f[0].split('..').map((h) => parseInt(h, 16)) : [null, null];
      const sequences = lo === null ? [String.fromCodePoint(...f[0].split(/\s+/).map((h) => parseInt(h, 16)))]
        : Array.from({ length: hi - lo + 1 }, (_, k) => String.fromCodePoint(lo + k));
      if (!byProperty.has(f[1])) byProperty.set(f[1], []);
      byProperty.get(f[1]).push(...sequences);
    }
  }
  byProperty.set('RGI_Emoji', [...byProperty.values()].flat());
  const cases = [];
  for (const [property, sequences] of byProperty) {
    const subject = sequences.join(' ');
    cases.push([`\\p{${property}}`, 'v', subject], [`[\\p{${property}}--\\q{\u{1F600}|x}]`, 'v', subject],
      [`(?<=\\p{${property}}) `, 'v', subject]);
  }
  const actual = allMatches(cases);
  const failures = [];
  cases.forEach(([p, f, s], i) => {
    const expected = nodeAllMatches(p, f, s);
    if (actual[i] !== expected) failures.push(`/${p}/${f}: petrel ${actual[i].slice(0, 200)}, node ${expected.slice(0, 200)}`);
  });
  const count = byProperty.get('RGI_Emoji').length;
  console.log(`regexp: ${cases.length} emoji string-property patterns over ${count} sequences, ${failures.length} disagreements`);
  assert.deepEqual(failures, [], failures.join('\n'));
});

test('a catastrophic pattern is interrupted by a small budget', { skip }, () => {
  const subject = 'a'.repeat(30) + 'b';
  const lines = runDriver([['(a+)+$', '', subject, 0], ['(a+)+$', '', 'aaab', 0], ['(x+x+)+y', '', 'x'.repeat(40), 0]], 200_000);
  assert.deepEqual(lines, ['I', 'null', 'I']);
});
