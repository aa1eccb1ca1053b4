console.log(Promise.resolve(1));
console.log(Promise.resolve('str'), Promise.resolve(undefined), Promise.resolve(null));
console.log(new Promise(() => {}));
const rej = Promise.reject(42); rej.catch(() => {});
console.log(rej);
console.log([Promise.resolve([1, 2])], { p: Promise.resolve({ a: { b: 1 } }) });
const withProps = Promise.resolve('x'); withProps.extra = 'prop';
console.log(withProps);
class MyP extends Promise {}
console.log(MyP.resolve('sub'));
console.log(Promise.resolve(Promise.resolve('nested')));
console.log(new Promise(r => r({ then(f) { f('thenable'); } })));
function* g() {} async function* ag() {}
console.log(g(), ag(), [g()], { it: ag() });
const p = Promise.resolve('later');
Promise.resolve().then(() => console.log('settled', p));
