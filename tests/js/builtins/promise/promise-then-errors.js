try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log('then on object', e.constructor.name); }
try { Promise.prototype.then.call(undefined); } catch (e) { console.log('then on undefined', e.constructor.name); }
try { Promise.resolve.call(undefined, 1); } catch (e) { console.log('resolve this undefined', e.constructor.name); }
try { Promise.reject.call(5, 1); } catch (e) { console.log('reject this number', e.constructor.name); }
try { Promise.all.call({}, []); } catch (e) { console.log('all this object', e.constructor.name); }
console.log(Promise.prototype.catch.call({ then(a, b) { return 'then:' + typeof a + ',' + typeof b; } }, () => {}));
const badThen = {};
Object.defineProperty(badThen, 'then', { get() { throw new Error('then getter threw'); } });
Promise.resolve(badThen).catch(e => console.log(e.message));
new Promise(r => r(badThen)).catch(e => console.log('via resolve', e.message));
(async () => { try { await badThen; } catch (e) { console.log('via await', e.message); } })();
(async () => badThen)().catch(e => console.log('via async return', e.message));
Promise.resolve(1).then(() => badThen).catch(e => console.log('via then return', e.message));
