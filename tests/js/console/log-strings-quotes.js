console.log(["it's"]);
console.log(['say "hi"']);
console.log(['it\'s "both"']);
console.log(['it\'s "both" `and`']);
console.log({ k: "it's" }, { k: 'a"b' });
console.log(['\\'], ['a\rb'], ['tab\there']);
console.log([' spaces '], ['']);
console.log(['\u2028'], ['\u00ff'], ['\b\f\v']);
console.log({ "it's": 1, 'a"b': 2 });
