// JSON.parse SyntaxErrors word for word as node 20 prints them: positions, token excerpts
// (whole source when short, a 10-character window otherwise), the special whole-source texts.
const cases = ['', ' ', '{', '{"a":}', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{"a":1 "b"}', '{1:2}',
  'tru', 'true x', 'nul', '-', '-a', '1.', '1.e5', '1e', '1e+', '01', '-01', '"abc', '"a\u0001"', '"\\x"',
  '"\\u12g4"', '"\\u12', 'undefined', 'NaN', 'Infinity', '[object Object]', '[1,2', '{"a":1', '"abc"x', '1 2',
  '{"a":"b"}}', 'x'.repeat(30), '[' + '1,'.repeat(20) + 'x]', '[' + '1,'.repeat(20) + '1]x',
  '{"abc":1,"def":2,"ghi":3,"jkl":x,"mno":5,"pqr":6,"stu":7}', '\n\n  {x', '[1,\n 2,\n x]', '"\\', '[', ']',
  '}', '{"a"', '{"a":', '[-]', '[1e5x]', '{"a":1}x', '\u00a0 1', '"\t"', '[.5]', '[+1]', '[0x10]',
  '[Infinity]', '[-Infinity]', '[tru]', '[t]', '[t1]', '[n"]', '[nulll]', '[falsey]', 't', 'f', 'n', '[1]]',
  'abc', '\u2028', '[1,,2]', '{,}', '{"a":1,,}', '[\u00e9]', '"\\\u00e9"', '{"a":\n\n     x}', '123abc',
  '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16x]', '{"a":[1,{"b":}]}', '{"a" : 1 , "b" : [ true , false , null ] , }',
  '"\\u00"', '"\\ud800\\u"', '0.0e', '-0.5e-', '[1.5.3]', '["a"\n,\n"b"\n"c"]', 'x'.repeat(19), 'x'.repeat(21),
  'y' + ' '.repeat(25) + 'x', ' '.repeat(25) + 'x'];
for (const c of cases) {
  try {
    JSON.parse(c);
    console.log(JSON.stringify(c), 'ok');
  } catch (e) {
    console.log(JSON.stringify(c), e.constructor.name + ': ' + e.message);
  }
}
