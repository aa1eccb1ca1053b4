// JSON: a generated document of about 12 MB (40,000 records of strings, numbers, booleans,
// nulls, nested objects and arrays) through JSON.stringify, JSON.parse twice, and
// JSON.stringify of the parsed copy; prints the text lengths and a checksum of parsed values.
var RECORDS = 40000;
var seed = 12345;
function next() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed;
}
var words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'caf\u00e9', 'na\u00efve', '\u6771\u4eac'];
var doc = [];
for (var i = 0; i < RECORDS; i++) {
  var r = next();
  doc.push({
    id: i,
    guid: 'g-' + r.toString(16) + '-' + (r % 9973),
    name: words[r % 13] + ' ' + words[(r >> 4) % 13],
    email: 'user' + i + '@example.com',
    active: (r & 1) === 0,
    balance: (r % 1000000) / 100,
    ratio: r / 2147483647,
    note: (r & 7) === 0 ? null : 'line "quoted"\n\ttabbed \\ ' + words[(r >> 8) % 13],
    tags: [words[r % 13], words[(r >> 3) % 13], words[(r >> 6) % 13]],
    address: { street: (r % 9000) + ' Main St', city: words[(r >> 10) % 13], zip: 10000 + (r % 89999) },
    history: [{ t: 1600000000 + r % 100000, v: -r % 1000 }, { t: 1600000000 + (r >> 2) % 100000, v: (r >> 5) % 1000 }]
  });
}
var text = JSON.stringify(doc);
var parsed = JSON.parse(text);
var again = JSON.parse(text);
var text2 = JSON.stringify(parsed);
var sum = 0;
for (var j = 0; j < parsed.length; j += 97) {
  sum = (sum + parsed[j].address.zip + again[j].history[1].v + parsed[j].tags[2].length) % 1000000007;
}
console.log(text.length + ' ' + text2.length + ' ' + (text === text2) + ' ' + sum);
