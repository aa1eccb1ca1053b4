// Differential test of src/numconv against node: a seeded generator builds a few hundred
// thousand cases (random bit patterns, decimal strings of every length, integers near 2^53,
// exact halfway strings and their neighbours, radix digit runs), the native driver
// build/native/numconv_driver answers them all in one run, and every answer must equal
// node's String(x), toFixed, toExponential, toPrecision, toString(radix), Number(s),
// parseFloat(s) and parseInt(s, r). NUMCONV_SEED=n reproduces a run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeRandom } from '../lib/random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DRIVER = process.env.NUMCONV_DRIVER ?? path.join(ROOT, 'build/native/numconv_driver');
const WASI_DRIVER = path.join(ROOT, 'build/wasi/numconv_driver.wasm');
const SEED = Number(process.env.NUMCONV_SEED ?? 20261123);


const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const toBits = (x) => { f64[0] = x; return u64[0].toString(16).padStart(16, '0'); };
const fromBits = (b) => { u64[0] = b; return f64[0]; };
const answer = (x) => (Number.isNaN(x) ? 'nan' : toBits(x));
const encode = (s) => Buffer.from(s, 'utf16le').swap16().toString('hex');

// Exact decimal of a finite double: [digits, exponent] with value = digits * 10^exponent.
function exactDecimal(x) {
  f64[0] = Math.abs(x);
  const bits = u64[0];
  const biased = Number(bits >> 52n);
  let m = bits & ((1n << 52n) - 1n);
  let e = -1074;
  if (biased !== 0) { m |= 1n << 52n; e = biased - 1075; }
  if (e >= 0) return [(m << BigInt(e)).toString(), 0];
  return [(m * 5n ** BigInt(-e)).toString(), e];
}

// Exact decimal of the midpoint between x (> 0, finite) and the next double up.
function midpointDecimal(x) {
  f64[0] = x;
  const bits = u64[0];
  const biased = Number(bits >> 52n);
  let m = bits & ((1n << 52n) - 1n);
  let e = -1074;
  if (biased !== 0) { m |= 1n << 52n; e = biased - 1075; }
  const twice = 2n * m + 1n; // midpoint = twice * 2^(e-1)
  if (e - 1 >= 0) return [(twice << BigInt(e - 1)).toString(), 0];
  return [(twice * 5n ** BigInt(1 - e)).toString(), e - 1];
}

function generateCases(random) {
  const doubles = [];
  const { next, int, pick } = random;
  const randomBits = () => {
    const hi = BigInt(int(0, 0xFFFFFFFF)), lo = BigInt(int(0, 0xFFFFFFFF));
    return fromBits((hi << 32n) | lo);
  };
  for (let i = 0; i < 40000; i++) doubles.push(randomBits());
  for (let i = 0; i < 20000; i++) {
    // Moderate magnitudes: where toFixed and the fixed notations matter.
    const x = (next() - 0.5) * 10 ** int(-12, 22);
    doubles.push(x, Number(x.toPrecision(int(1, 17))));
  }
  for (let i = 0; i < 20000; i++) {
    // Few significand bits: exact values end early, so shortest digits meet exact ties.
    const top = BigInt(int(0, (1 << 20) - 1)) << 32n;
    doubles.push(fromBits((BigInt(int(1, 2046)) << 52n) | top));
  }
  for (let i = 0; i < 4000; i++) {
    const n = 2 ** 53 + int(-3000, 3000);
    doubles.push(n, n * 2 ** int(-60, 60), int(0, 100000) / 10 ** int(0, 8));
  }
  for (let k = -330; k <= 310; k++) {
    const p = Number(`1e${k}`);
    f64[0] = p;
    const b = u64[0];
    doubles.push(p, fromBits(b + 1n), fromBits(b - 1n), Number(`5e${k}`), Number(`1.5e${k}`));
  }
  for (let k = -1074; k <= 1023; k++) doubles.push(2 ** k, -(2 ** k) * 1.5);
  doubles.push(0, -0, NaN, Infinity, -Infinity, 5e-324, -5e-324, 2.2250738585072009e-308,
    2.2250738585072014e-308, Number.MAX_VALUE, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000,
    0.5, 1.5, 2.5, -2.5, 1.005, 1.45, 8.345, 1.25, 0.000001, 1e-6, 4.35, 0.3);

  const lines = [], expected = [], labels = [];
  const add = (label, line, want) => { labels.push(label); lines.push(line); expected.push(want); };
  for (const x of doubles) {
    const b = toBits(x);
    add('String', `s ${b}`, String(x));
    const f = int(0, 100);
    add(`toFixed(${f})`, `f ${b} ${f}`, x.toFixed(f));
    if (next() < 0.3) {
      add('toExponential()', `e ${b} -1`, x.toExponential());
    } else {
      const g = int(0, 100);
      add(`toExponential(${g})`, `e ${b} ${g}`, x.toExponential(g));
    }
    const p = next() < 0.5 ? int(1, 21) : int(1, 100);
    add(`toPrecision(${p})`, `p ${b} ${p}`, x.toPrecision(p));
    const r = int(2, 36);
    add(`toString(${r})`, `r ${b} ${r}`, x.toString(r));
    add('Number(String(x))', `n ${encode(String(x))}`, answer(Number(String(x))));
  }

  const digitRun = (n, first = '0123456789') => {
    let s = pick(first);
    for (let i = 1; i < n; i++) s += String.fromCharCode(48 + int(0, 9));
    return s;
  };
  const decimalStrings = [];
  for (let i = 0; i < 25000; i++) {
    const length = next() < 0.9 ? int(1, 25) : next() < 0.8 ? int(26, 120) : int(121, 820);
    let s = digitRun(length);
    const point = int(0, length + 1);
    if (point < length && next() < 0.7) s = s.slice(0, point) + '.' + s.slice(point);
    if (next() < 0.6) s += pick(['e', 'E']) + pick(['', '+', '-']) + int(0, next() < 0.9 ? 330 : 1200);
    if (next() < 0.2) s = pick(['-', '+']) + s;
    decimalStrings.push(s);
  }
  for (let i = 0; i < 15000; i++) {
    // Exact halfway points, and strings a hair above and below them.
    let x = randomBits();
    if (!Number.isFinite(x) || x === 0) continue;
    x = Math.abs(x);
    if (next() < 0.3) x = int(1, 2 ** 20) * 2 ** int(-1074, -1000); // subnormal territory
    if (x === Number.MAX_VALUE) continue;
    const [digits, exp] = midpointDecimal(x);
    decimalStrings.push(`${digits}e${exp}`);
    decimalStrings.push(`${digits}000000000000001e${exp - 15}`);
    const below = (BigInt(digits) * 10n ** 20n - 1n).toString();
    decimalStrings.push(`${below}e${exp - 20}`);
    if (i % 8 === 0) {
      const [xd, xe] = exactDecimal(x);
      decimalStrings.push(`${xd}e${xe}`);
    }
  }
  for (let i = 0; i < 5000; i++) {
    const n = 2n ** 53n + BigInt(int(-5000, 5000));
    decimalStrings.push(n.toString(), (n * 10n ** BigInt(int(1, 30))).toString() + 'e-' + int(0, 40));
  }
  decimalStrings.push('2.2250738585072011e-308', '2.2250738585072012e-308', '9007199254740993',
    '9007199254740993.0000000000000000001', '2.4703282292062327e-324', '2.4703282292062328e-324',
    '1.7976931348623158e308', '1.7976931348623157e308', '1.797693134862315807e308',
    '0.' + '0'.repeat(400) + '1e400', '1' + '0'.repeat(400) + 'e-400', '.5', '5.', '.', '-.5e-3');
  for (const s of decimalStrings) {
    add('Number', `n ${encode(s)}`, answer(Number(s)));
    if (next() < 0.3) {
      const junk = s + pick(['x', ' 1', 'e', 'e+', '.5', '..', '_1', 'Infinity']);
      add('parseFloat', `F ${encode(junk)}`, answer(parseFloat(junk)));
    } else {
      add('parseFloat', `F ${encode(s)}`, answer(parseFloat(s)));
    }
  }

  const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005',
    '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u0085',
    '\u200b'];
  const specials = ['', ' ', 'Infinity', '-Infinity', '+Infinity', 'infinity', 'INFINITY',
    '0x', '0x1F', '0X1f', '-0x10', '+0x10', '0o17', '0O8', '0b101', '0B2', '0x1_0', '1_000',
    '1e', '1e+', 'e1', '.e1', '-', '+', '--1', '1.2.3', '0.0e0', '-0', '+0', '00012', '1n',
    '\u0661', '１', '0x' + 'f'.repeat(300), '0b' + '1'.repeat(80), '0o' + '7'.repeat(40),
    '0x1fffffffffffff', '0x20000000000001', '0x20000000000003', '0x20000000000001000000001'];
  for (let i = 0; i < 6000; i++) {
    let s = next() < 0.5 ? pick(specials) : pick(decimalStrings).slice(0, 30);
    const around = () => (next() < 0.5 ? '' : pick(spaces) + (next() < 0.3 ? pick(spaces) : ''));
    s = around() + s + around();
    add('Number', `n ${encode(s)}`, answer(Number(s)));
    add('parseFloat', `F ${encode(s)}`, answer(parseFloat(s)));
    add('parseInt', `i ${encode(s)} 0`, answer(parseInt(s)));
  }

  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let i = 0; i < 40000; i++) {
    const radix = next() < 0.1 ? pick([0, 1, 37, -1, 16, 10]) : int(2, 36);
    const r = radix >= 2 && radix <= 36 ? radix : 36;
    const length = next() < 0.8 ? int(1, 24) : int(25, 400);
    let s = '';
    for (let j = 0; j < length; j++) {
      const c = int(0, r - 1);
      s += next() < 0.2 && c >= 10 ? alphabet[c + 26] : alphabet[c];
    }
    if (next() < 0.1) s = '0'.repeat(int(1, 40)) + s;
    if (next() < 0.1) s = pick(['0x', '0X']) + s;
    if (next() < 0.2) s = pick(['-', '+']) + s;
    if (next() < 0.1) s = pick(spaces) + s;
    if (next() < 0.1) s += pick(['z', '.5', ' ', '!', 'g']);
    add(`parseInt(r=${radix})`, `i ${encode(s)} ${radix}`, answer(parseInt(s, radix)));
  }
  for (let i = 0; i < 5000; i++) {
    const digits = digitRun(int(1, 60));
    const exp = int(-400, 400);
    add('digits*10^e', `d ${digits} ${exp}`, answer(Number(`${digits}e${exp}`)));
  }
  return { lines, expected, labels };
}

let generated;
const cases = () => (generated ??= generateCases(makeRandom(SEED)));

// Runs one driver over every case; returns the per-function counts and the mismatches.
function compare(command, args) {
  const { lines, expected, labels } = cases();
  const result = spawnSync(command, args, {
    input: lines.join('\n') + '\n', encoding: 'latin1', maxBuffer: 1 << 30,
  });
  assert.equal(result.status, 0, `driver exited with ${result.status}: ${result.stderr}`);
  const got = result.stdout.split('\n');
  const counts = new Map();
  const mismatches = [];
  let failed = 0;
  for (let i = 0; i < lines.length; i++) {
    const kind = labels[i].replace(/\(.*\)$/, '');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (got[i] === expected[i]) continue;
    failed++;
    if (mismatches.length < 20) {
      mismatches.push(`${labels[i]}: ${lines[i].slice(0, 200)}\n    node: ${expected[i]}\n    numconv: ${got[i]}`);
    }
  }
  const summary = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`numconv differential (seed ${SEED}, ${path.basename(args.at(-1) ?? command)}): ` +
    `${lines.length} cases: ${summary}`);
  assert.equal(failed, 0, `seed ${SEED}: ${failed} mismatches; the first:\n${mismatches.join('\n')}`);
}

test('numconv (native) agrees with node on every generated case', { timeout: 120_000 }, () => {
  assert.ok(fs.existsSync(DRIVER), `${DRIVER} is missing: build the native preset first`);
  compare(DRIVER, []);
});

// The same library compiled for wasm32 (32-bit size_t, wasm's IEEE arithmetic).
test('numconv (wasi) agrees with node on every generated case', { timeout: 120_000 }, (t) => {
  if (!fs.existsSync(WASI_DRIVER)) return t.skip(`${WASI_DRIVER} is not built`);
  compare(process.execPath, [path.join(ROOT, 'host-js/bin/run-wasi.mjs'), WASI_DRIVER]);
});
