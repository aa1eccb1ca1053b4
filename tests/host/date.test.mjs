// Differential test of src/date against node: a seeded generator writes tens of thousands of
// operations (random time values over the whole range and near DST transitions, every getter
// in UTC and local time, Date.UTC and the local Date constructor with out-of-range and
// fractional arguments, the eight to*String methods, Date.parse on generated strings in the
// ISO and legacy formats); build/native/date_driver answers them with the host libc zone and
// again with the TZif file of the same zone, tests/date/node_oracle.mjs answers them in node,
// both under the same TZ, and every line must be equal. DATE_SEED=n reproduces a run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeRandom } from '../lib/random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DRIVER = process.env.DATE_DRIVER ?? path.join(ROOT, 'build/native/date_driver');
const ORACLE = path.join(ROOT, 'tests/date/node_oracle.mjs');
const SEED = Number(process.env.DATE_SEED ?? 20261124);
// Europe/Dublin is left out: tzdata marks Irish winter time as DST (negative DST) and ICU does
// not, so src/date swaps Dublin's two names, which still misnames 1968-10-27..1971-10-31
// (+01:00 all year, "Greenwich Mean Time" in ICU); every offset there matches.
const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata',
  'America/St_Johns'];
const ZONEINFO = '/usr/share/zoneinfo';


const MAX = 8.64e15;
const HOUR = 3600000;
const DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sunday', 'Tuesday'];
const ZONE_WORDS = ['UTC', 'GMT', 'Z', 'UT', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'XYZ', 'CET'];

function randomCase(word, random) {
  const r = random.next();
  return r < 0.3 ? word.toLowerCase() : r < 0.5 ? word.toUpperCase() : word;
}

// A time value: anywhere in range, in recent decades, near the edges, or at DST-ish hours.
function randomTime(random) {
  const { next, int, pick } = random;
  const kind = int(0, 5);
  if (kind === 0) return Math.round((next() * 2 - 1) * MAX);
  if (kind === 1) return int(-2208988800, 4102444800) * 1000 + int(0, 999); // 1900..2100
  if (kind === 2) return pick([MAX, -MAX, MAX - 1, -MAX + 1, 0, -1, MAX - DAY, -MAX + DAY]) + int(-3, 3) * HOUR * (next() < 0.5 ? 0 : 1);
  if (kind === 3) {
    // Around 02:00 local on a Sunday in March/April/October/November of a recent year.
    const year = int(1940, 2060);
    return Date.UTC(year, pick([2, 3, 9, 10]), int(1, 31), int(0, 23), pick([0, 15, 30, 45, 59]), int(0, 59));
  }
  if (kind === 4) return Math.round((next() * 2 - 1) * 1e14);
  return pick([NaN, MAX + 1, -MAX - 1]);
}

const num = (x) => (Number.isNaN(x) ? 'NaN' : String(x));

function randomComponent(random, lo, hi) {
  const { next, int } = random;
  const r = next();
  if (r < 0.75) return int(lo, hi);
  if (r < 0.85) return int(lo, hi) + random.pick([0.5, -0.5, 0.999, 0.25]);
  if (r < 0.95) return int(lo * 100 - 1000, hi * 100 + 1000);
  return random.pick([NaN, Infinity, -Infinity, 1e7, -1e7, 1e6, -1e6, 1e300, -0]);
}

const pad = (n, w) => String(n).padStart(w, '0');

// A string in one of the formats Date.parse meets, sometimes mutated.
function randomDateString(random) {
  const { int, pick, next } = random;
  const y = pick([int(1900, 2100), int(0, 9999), int(1, 99), int(-5000, 300000)]);
  const mo = int(0, 11), d = int(1, 31), h = int(0, 23), mi = int(0, 59), s = int(0, 59), ms = int(0, 999);
  const ys = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
  const off = () => pick(['Z', 'z', '+01:00', '-05:30', '+0530', '-1200', '+14:00', '+24:00', '-00:00', '']);
  const tz = () => pick(['', ' GMT', ' UTC', ' Z', ' GMT+0100', ' GMT-0500', ' GMT+1', ' UTC-8', ' +0200',
    ' ' + randomCase(pick(ZONE_WORDS), random), ' (Eastern Standard Time)', ' GMT-05:00', ' GMT+123456']);
  const hms = () => pick([`${pad(h, 2)}:${pad(mi, 2)}`, `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`,
    `${h}:${mi}:${s}.${ms}`, `${int(1, 12)}:${pad(mi, 2)} ${pick(['AM', 'PM', 'am', 'pm', 'a.m.'])}`,
    `${h}:${pad(mi, 2)}:${pad(s, 2)} ${pick(['AM', 'PM'])}`, `${pad(h, 2)}`]);
  const mon = () => randomCase(pick([MONTHS[mo], LONG_MONTHS[mo], MONTHS[mo] + 'x']), random);
  const kind = int(0, 12);
  let text;
  switch (kind) {
    case 0: text = ys; break;
    case 1: text = `${ys}-${pad(mo + 1, 2)}`; break;
    case 2: text = `${ys}-${pad(mo + 1, 2)}-${pad(d, 2)}`; break;
    case 3: text = `${ys}-${pad(mo + 1, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}${off()}`; break;
    case 4: text = `${ys}-${pad(mo + 1, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${String(ms).slice(0, int(1, 3))}${pick(['', '123456'])}${off()}`; break;
    case 5: text = `${randomCase(pick(DAYS), random)} ${mon()} ${pad(d, 2)} ${y} ${hms()}${tz()}`; break;
    case 6: text = `${mon()} ${d} ${y}${pick(['', ' ' + hms()])}${tz()}`; break;
    case 7: text = `${d} ${mon()} ${y} ${hms()}${tz()}`; break;
    case 8: text = `${y}/${mo + 1}/${d}${pick(['', ' ' + hms()])}${tz()}`; break;
    case 9: text = `${mo + 1}/${d}/${y}${pick(['', ' ' + hms()])}${tz()}`; break;
    case 10: text = `${randomCase(pick(DAYS), random)}, ${pad(d, 2)} ${mon()} ${y} ${hms()}${tz()}`; break;
    case 11: text = `${ys}-${pad(mo + 1, 2)}-${pad(d, 2)} ${hms()}${tz()}`; break;
    default: text = `${mo + 1}-${d}-${y} ${hms()}`; break;
  }
  // Mutations: whitespace, commas, comments, dropped or doubled characters.
  const m = next();
  if (m < 0.06) text = ` ${text} `;
  else if (m < 0.12) text = text.replace(' ', ', ');
  else if (m < 0.16) text += ' (comment (nested))';
  else if (m < 0.22) {
    const i = int(0, text.length - 1);
    text = text.slice(0, i) + text.slice(i + 1);
  } else if (m < 0.26) {
    const i = int(0, text.length - 1);
    text = text.slice(0, i) + pick(['-', '+', ':', '.', ')', '(', 'T', ' ', '/', ',', '0', 'x', '\u00a0', '\u00e9', '\t', '\n', '\0']) + text.slice(i);
  } else if (m < 0.28) text = text.toLowerCase();
  return text;
}

// Token soup for the legacy parser: numbers of every length, signs, colons, dots, words
// (keywords and garbage), whitespace and comments in random order.
function randomSoup(random) {
  const { int, pick } = random;
  const parts = [];
  const n = int(1, 9);
  for (let i = 0; i < n; i++) {
    const k = int(0, 9);
    if (k <= 2) parts.push(String(int(0, 10 ** int(1, 7))).padStart(int(1, 4), '0'));
    else if (k === 3) parts.push(pick([':', '::', '.', '-', '+', '/', ',', ')', ' ', '  ', 'T']));
    else if (k === 4) parts.push(randomCase(pick([...MONTHS, ...LONG_MONTHS]), random));
    else if (k === 5) parts.push(randomCase(pick([...ZONE_WORDS, 'AM', 'PM', 'T', 'Z', 'UT']), random));
    else if (k === 6) parts.push(randomCase(pick(DAYS), random));
    else if (k === 7) parts.push(pick(['(x)', '(', '((a)b)', 'junk', 'a', 'xyzw']));
    else parts.push(' ');
  }
  return parts.join(random.next() < 0.5 ? ' ' : '');
}

function generate(random) {
  const lines = [];
  for (let i = 0; i < 10000; i++) lines.push(`F ${num(randomTime(random))}`);
  for (let i = 0; i < 6000; i++) lines.push(`S ${num(randomTime(random))}`);
  for (let i = 0; i < 3000; i++) {
    const args = [randomComponent(random, -300000, 300000), randomComponent(random, -1, 12), randomComponent(random, 0, 32),
      randomComponent(random, -1, 24), randomComponent(random, -1, 60), randomComponent(random, -1, 60),
      randomComponent(random, -1, 1000)];
    if (random.next() < 0.5) args[0] = random.int(1900, 2100);
    lines.push(`U ${args.map(num).join(' ')}`);
    lines.push(`L ${args.map(num).join(' ')}`);
  }
  for (let i = 0; i < 3000; i++) {
    // Local times on transition days, at every quarter hour around 00:00..04:00.
    const y = random.int(1900, 2060), mo = random.pick([2, 3, 9, 10]), d = random.int(1, 31);
    const h = random.int(0, 4), mi = random.pick([0, 15, 30, 45, 59]);
    lines.push(`L ${y} ${mo} ${d} ${h} ${mi} 0 0`);
  }
  const strings = [];
  for (let i = 0; i < 20000; i++) strings.push(randomDateString(random));
  for (let i = 0; i < 8000; i++) strings.push(randomSoup(random));
  for (let i = 0; i < 1500; i++) {
    const t = randomTime(random);
    if (Number.isNaN(t) || Math.abs(t) > MAX) continue;
    const dt = new Date(t);
    strings.push(random.pick([dt.toString(), dt.toUTCString(), dt.toISOString(), dt.toDateString(), dt.toLocaleString()]));
  }
  for (const s of strings) lines.push(`P ${Buffer.from(s, 'latin1').toString('hex')}`);
  return { lines, strings };
}

function run(command, args, input, tz) {
  const result = spawnSync(command, args, { input, env: { ...process.env, TZ: tz }, maxBuffer: 1 << 28 });
  assert.equal(result.status, 0, `${command} failed: ${result.stderr}`);
  return result.stdout.toString('latin1').split('\n');
}

// Offsets and the gap/overlap rule in many more zones (getters, getTimezoneOffset and local
// construction only: long names come from ICU and are covered above for the zones of ZONES).
const MORE_ZONES = ['America/Los_Angeles', 'America/Chicago', 'America/Denver', 'America/Phoenix',
  'America/Anchorage', 'America/Halifax', 'America/Sao_Paulo', 'America/Santiago', 'America/Havana',
  'America/Caracas', 'America/Scoresbysund', 'Europe/London', 'Europe/Dublin', 'Europe/Moscow',
  'Europe/Istanbul', 'Europe/Lisbon', 'Africa/Casablanca', 'Africa/Cairo', 'Asia/Tehran',
  'Asia/Kathmandu', 'Asia/Shanghai', 'Asia/Tokyo', 'Asia/Jerusalem', 'Asia/Pyongyang',
  'Australia/Adelaide', 'Australia/Eucla', 'Pacific/Chatham', 'Pacific/Apia', 'Pacific/Kiritimati',
  'Pacific/Honolulu', 'Antarctica/Troll'];

function generateOffsets(random) {
  const lines = [];
  for (let i = 0; i < 1500; i++) lines.push(`F ${num(randomTime(random))}`);
  for (let i = 0; i < 1500; i++) {
    const y = random.int(1850, 2060), mo = random.int(0, 11), d = random.int(1, 31);
    const h = random.int(0, 4), mi = random.pick([0, 15, 30, 45, 59]);
    lines.push(`L ${y} ${mo} ${d} ${h} ${mi} 0 0`);
  }
  return lines;
}

const have = fs.existsSync(DRIVER);
test('date offsets in more zones against node', { skip: !have && `${DRIVER} not built` }, () => {
  const lines = generateOffsets(makeRandom(SEED + 1));
  const input = lines.join('\n') + '\n';
  let failures = [];
  for (const tz of MORE_ZONES) {
    if (!fs.existsSync(path.join(ZONEINFO, tz))) continue;
    const expected = run(process.execPath, [ORACLE], input, tz);
    for (const args of [[], [`--tzif=${path.join(ZONEINFO, tz)}`, `--id=${tz}`]]) {
      const actual = run(DRIVER, args, input, tz);
      let bad = 0;
      for (let i = 0; i < lines.length; i++) {
        if (actual[i] !== expected[i]) {
          if (bad++ < 2) failures.push(`TZ=${tz} ${args.length ? 'tzif' : 'libc'}: ${lines[i]}\n    petrel: ${actual[i]}\n    node:   ${expected[i]}`);
        }
      }
    }
  }
  console.log(`# ${MORE_ZONES.length} more zones x ${lines.length} operations x 2 providers, seed ${SEED + 1}`);
  assert.equal(failures.length, 0, failures.slice(0, 12).join('\n'));
});

test('date differential against node', { skip: !have && `${DRIVER} not built` }, () => {
  console.log(`# DATE_SEED=${SEED}`);
  const { lines } = generate(makeRandom(SEED));
  const input = lines.join('\n') + '\n';
  for (const tz of ZONES) {
    const expected = run(process.execPath, [ORACLE], input, tz);
    const providers = [['libc', []]];
    if (fs.existsSync(path.join(ZONEINFO, tz))) providers.push(['tzif', [`--tzif=${path.join(ZONEINFO, tz)}`, `--id=${tz}`]]);
    for (const [name, args] of providers) {
      const actual = run(DRIVER, args, input, tz);
      const mismatches = [];
      for (let i = 0; i < lines.length; i++) {
        if (actual[i] !== expected[i]) mismatches.push(`${lines[i]}\n    petrel: ${actual[i]}\n    node:   ${expected[i]}`);
      }
      console.log(`# TZ=${tz} ${name}: ${lines.length - mismatches.length}/${lines.length} equal`);
      assert.equal(mismatches.length, 0,
        `TZ=${tz} ${name}, seed ${SEED}: ${mismatches.length} mismatches, first of each kind:\n` +
        'FSULP'.split('').map((op) => mismatches.filter((m) => m[0] === op).slice(0, 3).join('\n')).join('\n'));
    }
  }
});
