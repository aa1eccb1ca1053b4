// node's answers to the lines tests/date/date_driver.c reads (same protocol, same output), run
// under the same TZ: the expectation in tests/host/date.test.mjs.
import fs from 'node:fs';

const show = (x) => (Number.isNaN(x) ? 'NaN' : Object.is(x, -0) ? '0' : String(x));
const out = [];
for (const line of fs.readFileSync(0, 'latin1').split('\n')) {
  if (line === '') continue;
  const op = line[0];
  const args = line.slice(1).trim().split(' ');
  if (op === 'F') {
    const d = new Date(Number(args[0]));
    const values = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(),
      d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getFullYear(), d.getMonth(), d.getDate(),
      d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()];
    out.push(values.map(show).join(' ') + ' ' + show(d.getTimezoneOffset()));
  } else if (op === 'U') {
    out.push(show(Date.UTC(...args.map(Number))));
  } else if (op === 'L') {
    out.push(show(new Date(...args.map(Number)).getTime()));
  } else if (op === 'S') {
    const d = new Date(Number(args[0]));
    let iso;
    try { iso = d.toISOString(); } catch { iso = 'RangeError'; }
    out.push([d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(), iso, d.toLocaleString(),
      d.toLocaleDateString(), d.toLocaleTimeString()].join('|'));
  } else if (op === 'P') {
    out.push(show(Date.parse(Buffer.from(args[0] ?? '', 'hex').toString('latin1'))));
  }
}
process.stdout.write(out.join('\n') + '\n');
