// petrel: status=1
console.log('start');
try { throw 1; } finally { console.log('finally runs before exit'); }
console.log('never');
