console.log(Math.round(0.5), Math.round(1.5), Math.round(2.5), Math.round(-0.5), Math.round(-1.5), Math.round(-2.5));
console.log(Object.is(Math.round(-0.5), -0), Object.is(Math.round(-0.4), -0), Object.is(Math.round(-0), -0));
console.log(Math.round(0.49999999999999994), Math.round(4503599627370495.5), Math.round(-4503599627370495.5));
console.log(Math.round(NaN), Math.round(Infinity), Math.round(-Infinity), Math.round(2 ** 53), Math.round(1e300));
console.log(Math.round('2.5'), Math.round(null), Math.round(undefined), Math.round(-0.50000001));
console.log(Math.floor(-0), Object.is(Math.floor(-0), -0), Math.trunc(-0.9), Object.is(Math.trunc(-0.9), -0));
console.log(Math.round(1.4999999999999998), Math.round(-1.4999999999999998), Math.round(0.1), Math.round(-0.1));
