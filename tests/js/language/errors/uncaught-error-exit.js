// petrel: status=1
console.log('before throw');
function fail() { throw new TypeError('uncaught here'); }
fail();
console.log('never printed');
