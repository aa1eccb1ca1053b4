console.log(['a\nb', 'tab\there', 'back\\slash', 'nul\0', 'bell\x07', 'esc\x1b', 'del\x7f']);
console.log(["single'quote", 'double"quote', 'both\'"', 'back`tick', 'all\'"`']);
console.log({ 'key with space': 1, 'key-dash': 2, valid_id: 3, $d: 4, '1abc': 5, 'ünï': 6, '': 7 });
console.log(['\u2028', '\u2029', '\u00a0', '\ufeff', '\u200b']);
console.log(['\uD800', '\uDC00', 'a\uD800b', '😀']);
console.log([' leading', 'trailing ', '\r\n']);
console.log('top-level string is raw: \t|\\|\'|"');
console.log({ nested: { s: 'x\ny' } }, [['deep\t']]);
console.log(['\x00\x01\x02\x1f']);
