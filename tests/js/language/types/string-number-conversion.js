const inputs = ['', ' ', '0', '-0', '+0', '00', '0.', '.0', '1e', 'e1', '1e+', '0x', '0xG', '0b2', '0o8', '-0x10', '+0x10', '1__0', '1_0', 'Infinityx', '- 1', '\u00a01\u00a0', '\ufeff2', '\u20283\u2029', '9'.repeat(400), '1e-400', '.e1', '12.34.56', '\t\n\v\f\r 7 ', '0.0000001', '1E3', '+Infinity', '-Infinity', 'NaN', '0X1A', '0B11', '0O17'];
function esc(s) { let r = ''; for (const c of s) { const n = c.charCodeAt(0); r += n >= 0x20 && n < 0x7f ? c : '\\u' + n.toString(16).padStart(4, '0'); } return r.length > 30 ? r.slice(0, 10) + '...(' + r.length + ')' : r; }
for (const s of inputs) console.log('[' + esc(s) + ']', Number(s), Object.is(Number(s), -0));
console.log(String(123), String(-1.5), String(1e21), String(1e-7), String(0.5), String(-0.0000015));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number(['7']), Number([1, 2]), Number({}));
console.log(parseInt('0x1f'), parseFloat('1e3xyz'), parseInt('  -12abc'), parseFloat('.5.5'), parseInt(''), parseFloat('-.5e-1'));
