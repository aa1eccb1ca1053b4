// Differential test of src/bigint against node's BigInt: a seeded generator builds tens of
// thousands of cases — random values from 0 to a few thousand bits (and shaped ones: powers
// of two and their neighbours, all-ones runs, limb boundaries), both signs, every operator,
// toString in random radices, StringToBigInt with whitespace, signs, prefixes and junk, the
// lexer's digit runs, asIntN/asUintN (huge bit counts included), Number(b), BigInt(x) for
// random doubles, BigInt-vs-Number comparisons and the int64/uint64 fast paths. The driver
// build/native/bigint_driver (tests/bigint/bigint_driver.c) answers them all in one run
// (and build/wasi/bigint_driver.wasm, the 32-bit build, when it is built); every answer
// must equal node's. BIGINT_SEED=n reproduces a run, BIGINT_CASES=n scales it,
// BIGINT_DUMP=file keeps the driver's input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeRandom } from '../lib/random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DRIVER = process.env.BIGINT_DRIVER ?? path.join(ROOT, 'build/native/bigint_driver');
const WASI_DRIVER = path.join(ROOT, 'build/wasi/bigint_driver.wasm');
const SEED = Number(process.env.BIGINT_SEED ?? 20261123);
const CASES = Number(process.env.BIGINT_CASES ?? 10000);


const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const toBits = (x) => { f64[0] = Number.isNaN(x) ? NaN : x; return u64[0].toString(16).padStart(16, '0'); };
const fromBits = (b) => { u64[0] = b; return f64[0]; };
const show = (b) => (b < 0n ? '-' + (-b).toString(16) : b.toString(16));
const encode = (s) => Buffer.from(s, 'utf16le').swap16().toString('hex');

// node's errors in the driver's vocabulary.
function errorName(e) {
  if (e instanceof SyntaxError) return 'SYNTAX';
  if (/Division by zero/.test(e.message)) return 'DIV0';
  if (/Maximum BigInt size/.test(e.message)) return 'BIG';
  if (/must be positive|non-negative/.test(e.message)) return 'NEGEXP';
  if (e instanceof RangeError) return 'RANGE';
  throw e;
}
const attempt = (f) => { try { return f(); } catch (e) { return errorName(e); } };

function generateCases(random) {
  const { next, int, pick } = random;
  const randomBits = (bits) => {
    let v = 0n;
    for (let done = 0; done < bits; done += 30) v = (v << 30n) | BigInt(int(0, (1 << 30) - 1));
    return bits === 0 ? 0n : v & ((1n << BigInt(bits)) - 1n);
  };
  const size = () => (next() < 0.5 ? int(0, 130) : next() < 0.8 ? int(0, 1200) : int(1200, 4000));
  const value = () => {
    const shape = next();
    let v;
    if (shape < 0.55) v = randomBits(size());
    else if (shape < 0.7) v = (1n << BigInt(size())) + BigInt(int(-2, 2)); // powers of two ± small
    else if (shape < 0.8) v = (1n << BigInt(size())) - 1n; // all ones
    else if (shape < 0.9) v = pick([0n, 1n, 2n, 0xFFFFFFFFn, 0x100000000n, 0x100000001n,
      0xFFFFFFFFFFFFFFFFn, 1n << 64n, (1n << 64n) + 1n, 1n << 63n, (1n << 63n) - 1n, 1n << 53n,
      (1n << 53n) + 1n]);
    else { // sparse: a few bits set far apart (long zero runs inside)
      v = 0n;
      for (let i = int(1, 4); i > 0; i--) v |= 1n << BigInt(int(0, size()));
    }
    return next() < 0.5 ? -v : v;
  };

  const lines = [], expected = [], labels = [];
  const add = (label, line, want) => { labels.push(label); lines.push(line); expected.push(want); };
  const answer = (f) => { const r = attempt(f); return typeof r === 'bigint' ? show(r) : String(r); };

  const binaryOps = {
    '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
    '%': (a, b) => a % b, '&': (a, b) => a & b, '|': (a, b) => a | b, '^': (a, b) => a ^ b,
    'cmp': (a, b) => (a < b ? -1 : a > b ? 1 : 0), 'eq': (a, b) => (a === b ? 1 : 0),
  };
  for (let i = 0; i < CASES; i++) {
    const a = value();
    let b = value();
    if (next() < 0.1) b = a; // equal operands
    for (const [op, f] of Object.entries(binaryOps)) {
      let y = b;
      if ((op === '/' || op === '%') && next() < 0.3) y = BigInt(int(-3, 3)) * randomBits(int(1, 64));
      add(op, `${op} ${show(a)} ${show(y)}`, answer(() => f(a, y)));
    }
    // Divisions that stress Knuth D's correction steps: a divisor with a big top limb and a
    // dividend close to a multiple of it.
    if (next() < 0.3) {
      const d = ((1n << BigInt(int(33, 800))) - randomBits(int(0, 40))) * (next() < 0.5 ? -1n : 1n);
      const n = d * randomBits(int(1, 600)) + BigInt(int(-3, 3));
      add('/', `/ ${show(n)} ${show(d)}`, answer(() => n / d));
      add('%', `% ${show(n)} ${show(d)}`, answer(() => n % d));
    }
    const shift = next() < 0.9 ? BigInt(int(-3000, 3000)) : pick([1n << 40n, -(1n << 40n), 1n << 70n, -(1n << 70n), 64n, -64n, 32n, -32n]);
    add('<<', `<< ${show(a)} ${show(shift)}`, answer(() => a << shift));
    add('>>', `>> ${show(a)} ${show(shift)}`, answer(() => a >> shift));
    add('~', `~ ${show(a)}`, answer(() => ~a));
    add('neg', `neg ${show(a)}`, answer(() => -a));
    // Exponentiation: a random base with an exponent that keeps the result < ~30000 bits.
    const base = next() < 0.8 ? randomBits(int(0, 200)) * (next() < 0.5 ? -1n : 1n) : a;
    const baseBits = Math.max(1, base < 0n ? (-base).toString(2).length : base.toString(2).length);
    let exponent = BigInt(int(0, Math.max(1, Math.floor(30000 / baseBits))));
    if (next() < 0.05) exponent = -exponent - 1n;
    if (next() < 0.02) exponent = 1n << 33n;
    add('**', `** ${show(base)} ${show(exponent)}`, answer(() => base ** exponent));
    const bits = next() < 0.85 ? int(0, 3000) : pick([0, 1, 31, 32, 33, 63, 64, 65, 2 ** 53 - 1, 2 ** 40]);
    add('asIntN', `intn ${bits} ${show(a)}`, answer(() => BigInt.asIntN(bits, a)));
    add('asUintN', `uintn ${bits} ${show(a)}`, answer(() => BigInt.asUintN(bits, a)));
    const radix = int(2, 36);
    add('toString', `tostr ${radix} ${show(a)}`, a.toString(radix));
    add('Number', `num ${show(a)}`, toBits(Number(a)));
    add('int64', `i64 ${show(a)}`, `${BigInt.asIntN(64, a)} ${BigInt.asIntN(64, a) === a ? 1 : 0} ${show(BigInt.asIntN(64, a))}`);
    add('uint64', `u64 ${show(a)}`, `${BigInt.asUintN(64, a)} ${BigInt.asUintN(64, a) === a ? 1 : 0} ${show(BigInt.asUintN(64, a))}`);
  }

  // Long operands: deep Karatsuba recursion, long divisions and conversions.
  for (let i = 0; i < CASES / 60; i++) {
    const a = randomBits(int(4000, 40000)) * (next() < 0.5 ? -1n : 1n);
    const b = randomBits(next() < 0.5 ? int(4000, 40000) : int(1, 4000)) * (next() < 0.5 ? -1n : 1n);
    add('*', `* ${show(a)} ${show(b)}`, answer(() => a * b));
    add('/', `/ ${show(a)} ${show(b)}`, answer(() => a / b));
    add('%', `% ${show(a)} ${show(b)}`, answer(() => a % b));
    const radix = int(2, 36);
    add('toString', `tostr ${radix} ${show(a)}`, a.toString(radix));
  }

  // toString where digit runs of zeros or of the top digit cross the split points.
  for (let i = 0; i < CASES / 20; i++) {
    const radix = int(2, 36);
    const p = BigInt(radix) ** BigInt(int(1, 3000));
    const v = pick([p, p - 1n, p + 1n, p * BigInt(int(1, 1000)) + BigInt(int(-2, 2)), p * p - 1n]);
    const w = next() < 0.5 ? -v : v;
    add('toString', `tostr ${radix} ${show(w)}`, w.toString(radix));
  }

  // Number(b) at rounding boundaries: exact halfway points and their neighbours.
  for (let i = 0; i < 3000; i++) {
    const top = (1n << 53n) | randomBits(52);
    const shiftBy = BigInt(int(1, 1000));
    const half = ((top << 1n) | 1n) << (shiftBy - 1n); // top.5 * 2^shift
    for (const v of [half, half + 1n, half - 1n, top << shiftBy, -half]) {
      add('Number', `num ${show(v)}`, toBits(Number(v)));
    }
  }
  const maxDouble = BigInt(Number.MAX_VALUE);
  for (const v of [maxDouble, maxDouble + (1n << 969n), maxDouble + (1n << 970n) - 1n,
    maxDouble + (1n << 970n), 1n << 1024n, (1n << 1024n) - 1n, 1n << 1023n]) {
    add('Number', `num ${show(v)}`, toBits(Number(v)));
  }

  // Doubles: BigInt(x) and comparisons, both directions.
  const doubles = [0, -0, NaN, Infinity, -Infinity, 0.5, -0.5, 1.5, 2 ** 53, 2 ** 53 + 2,
    2 ** 63, 2 ** 64, 2 ** 1023, Number.MAX_VALUE, 5e-324, 1e21, -1e21];
  for (let i = 0; i < CASES; i++) {
    const r = next();
    if (r < 0.4) doubles.push(fromBits((BigInt(int(0, 0xFFFFFFFF)) << 32n) | BigInt(int(0, 0xFFFFFFFF))));
    else if (r < 0.7) doubles.push((next() - 0.5) * 2 ** int(0, 80));
    else doubles.push(Math.round((next() - 0.5) * 2 ** int(0, 70)) * 2 ** int(0, 60));
  }
  for (const x of doubles) {
    add('BigInt(x)', `fromd ${toBits(x)}`, answer(() => BigInt(x)));
    let b;
    if (Number.isFinite(x) && next() < 0.6) {
      const t = BigInt(Math.trunc(x));
      b = t + BigInt(int(-1, 1));
    } else b = value();
    const cmp = Number.isNaN(x) ? 'u' : b < x ? '-1' : b > x ? '1' : '0';
    add('compare', `cmpd ${show(b)} ${toBits(x)}`, cmp);
  }

  // StringToBigInt.
  const spaces = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a',
    '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u180e', '\u0085', '\u200b'];
  const specials = ['', ' ', '0', '-0', '+0', '00', '007', '-', '+', '0x', '0X1F', '0o17',
    '0O8', '0b101', '0B2', '-0x10', '+0x10', '0x-1', '1n', '1.0', '1e3', '1_000', 'Infinity',
    '0x' + 'f'.repeat(300), '0b' + '1'.repeat(200), '0o' + '7'.repeat(100), '\u0661', '１',
    '--1', '+-1', ' 12 34 ', '0.', '.0', '0xg', '0x1g'];
  for (let i = 0; i < CASES; i++) {
    let s;
    const r = next();
    if (r < 0.25) s = pick(specials);
    else {
      const v = value();
      const prefix = pick(['', '', '', '0x', '0X', '0o', '0b']);
      const radix = { '': 10, '0x': 16, '0X': 16, '0o': 8, '0b': 2 }[prefix];
      s = prefix === '' ? v.toString(10) : prefix + (v < 0n ? -v : v).toString(radix);
      if (prefix !== '' && v < 0n && next() < 0.3) s = '-' + s;
      if (next() < 0.1) s = '+' + s;
      if (next() < 0.1) s = s.toUpperCase();
      if (next() < 0.05) s += pick(['n', '.', 'e1', '_', ' 1', 'g', '\u0000']);
    }
    const around = () => (next() < 0.6 ? '' : pick(spaces) + (next() < 0.3 ? pick(spaces) : ''));
    s = around() + s + around();
    add('BigInt(string)', `parse ${encode(s)}`, answer(() => BigInt(s)));
  }

  // The lexer's digit runs in any radix.
  for (let i = 0; i < CASES / 2; i++) {
    const v = randomBits(size());
    const radix = next() < 0.6 ? pick([2, 8, 10, 16]) : int(2, 36);
    let digits = v.toString(radix);
    if (next() < 0.2) digits = '0'.repeat(int(1, 20)) + digits;
    if (next() < 0.3) digits = digits.toUpperCase();
    add('digits', `digits ${radix} ${digits}`, show(v));
  }
  return { lines, expected, labels };
}

let generated;
const cases = () => (generated ??= generateCases(makeRandom(SEED)));

// Runs one driver over every case; prints per-operation counts, fails on the first mismatches.
function compare(command, args) {
  const { lines, expected, labels } = cases();
  if (process.env.BIGINT_DUMP) fs.writeFileSync(process.env.BIGINT_DUMP, lines.join('\n') + '\n');
  const result = spawnSync(command, args, {
    input: lines.join('\n') + '\n', encoding: 'latin1', maxBuffer: 1 << 30,
  });
  assert.equal(result.status, 0, `driver exited with ${result.status}: ${result.stderr}`);
  const got = result.stdout.split('\n');
  const counts = new Map();
  const mismatches = [];
  const shown = new Map(); // at most 3 mismatches per operation, up to 12 in all
  let failed = 0;
  for (let i = 0; i < lines.length; i++) {
    counts.set(labels[i], (counts.get(labels[i]) ?? 0) + 1);
    if (got[i] === expected[i]) continue;
    failed++;
    shown.set(labels[i], (shown.get(labels[i]) ?? 0) + 1);
    if (mismatches.length < 12 && shown.get(labels[i]) <= 3) {
      mismatches.push(`${labels[i]}: ${lines[i].slice(0, 300)}\n    node:   ${expected[i].slice(0, 300)}\n    bigint: ${(got[i] ?? '(no line)').slice(0, 300)}`);
    }
  }
  const summary = [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`bigint differential (seed ${SEED}, ${path.basename(args.at(-1) ?? command)}): ` +
    `${lines.length} cases, ${failed} mismatches: ${summary}`);
  assert.equal(failed, 0, `seed ${SEED}: ${failed} mismatches; the first:\n${mismatches.join('\n')}`);
}

test('bigint (native) agrees with node on every generated case', { timeout: 120_000 }, () => {
  assert.ok(fs.existsSync(DRIVER), `${DRIVER} is missing: build the native preset first`);
  compare(DRIVER, []);
});

// The same library compiled for wasm32 (32-bit size_t).
test('bigint (wasi) agrees with node on every generated case', { timeout: 120_000 }, (t) => {
  if (!fs.existsSync(WASI_DRIVER)) return t.skip(`${WASI_DRIVER} is not built`);
  compare(process.execPath, [path.join(ROOT, 'host-js/bin/run-wasi.mjs'), WASI_DRIVER]);
});
