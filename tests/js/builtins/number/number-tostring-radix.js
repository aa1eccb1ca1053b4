console.log((255).toString(16), (255).toString(2), (255).toString(36), (-255).toString(16));
console.log((0).toString(2), (-0).toString(2), (35).toString(36), (36).toString(36));
console.log((0.5).toString(2), (0.1).toString(2), (3.75).toString(16), (-0.5).toString(8));
console.log((1e21).toString(36), (2 ** 53).toString(2), (123.456).toString(36));
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36));
console.log((10).toString(), (10).toString(10), (10).toString(undefined));
function check(name, fn) {
  try { fn(); console.log(name, 'no throw'); }
  catch (e) { console.log(name, e instanceof RangeError); }
}
check('radix 1', function () { (10).toString(1); });
check('radix 37', function () { (10).toString(37); });
check('radix 0', function () { (10).toString(0); });
console.log(String(1e21), String(1e-7), String(123e-20), String(0.000001), String(1.5e300));
console.log(String(0.1 + 0.2), String(1 / 3), String(-1e-7), String(2 ** 31), String(5e-324));
console.log(String(1.7976931348623157e308), String(100), String(1e20), String(123456789012345680000));
console.log((25).toString(5), (0.25).toString(3).slice(0, 12), (1 / 3).toString(3));
