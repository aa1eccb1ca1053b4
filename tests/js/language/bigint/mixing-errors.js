// Mixing BigInt and Number throws; so do unary plus, >>> and bad exponents and divisors.
function show(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value, value);
  } catch (e) {
    console.log(label, e.constructor.name + ": " + e.message);
  }
}
show("1n + 1", () => 1n + 1);
show("1 - 1n", () => 1 - 1n);
show("1n * 1.5", () => 1n * 1.5);
show("1n / NaN", () => 1n / NaN);
show("1n % undefined", () => 1n % undefined);
show("1n ** 2", () => 1n ** 2);
show("1n | 0", () => 1n | 0);
show("1n & true", () => 1n & true);
show("1n ^ null", () => 1n ^ null);
show("1n << 1", () => 1n << 1);
show("1n >> 1", () => 1n >> 1);
show("1n >>> 1n", () => 1n >>> 1n);
show("1n >>> 1", () => 1n >>> 1);
show("+1n", () => +1n);
show("1n + Symbol()", () => 1n + Symbol());
show("Symbol() * 1n", () => Symbol() * 1n);
show("1n / 0n", () => 1n / 0n);
show("1n % 0n", () => 1n % 0n);
show("2n ** -1n", () => 2n ** -1n);
show("2n ** 2n ** 40n", () => 2n ** 2n ** 40n);
show("1n + '1'", () => 1n + "1");
show("'x' + 1n", () => "x" + 1n);
show("1n + [2]", () => 1n + [2]);
show("1n + {}", () => 1n + {});
show("1n - {valueOf}", () => 1n - { valueOf() { return 3n; } });
show("1n - {valueOf: 3}", () => 1n - { valueOf() { return 3; } });
show("Math.abs(1n)", () => Math.abs(1n));
show("isNaN(1n)", () => isNaN(1n));
show("x += 1", () => { let x = 1n; x += 1; return x; });
show("x++", () => { let x = 1n; x++; x++; return x; });
show("--x", () => { let x = -1n; return --x; });
show("o.p++", () => { const o = { p: 10n }; const old = o.p++; return [old, o.p]; });
show("-x", () => { const x = 2n ** 80n; return -x; });
show("~x", () => ~(2n ** 80n));
show("typeof -0n", () => typeof -0n);
