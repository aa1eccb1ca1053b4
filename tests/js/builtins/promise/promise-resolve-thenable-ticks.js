const order = [];
const tick = n => { let p = Promise.resolve(); for (let i = 1; i <= n; i++) p = p.then(() => order.push('t' + i)); return p; };
new Promise(r => r(Promise.resolve())).then(() => order.push('resolved-with-promise'));
Promise.resolve().then(() => order.push('plain'));
new Promise(r => r({ then(f) { order.push('thenable then called'); f(); } })).then(() => order.push('resolved-with-thenable'));
Promise.resolve().then(() => Promise.resolve()).then(() => order.push('then-returns-promise'));
Promise.resolve(Promise.resolve()).then(() => order.push('Promise.resolve(promise)'));
tick(6).then(() => console.log(order.join('\n')));
const p = Promise.resolve(5);
console.log(Promise.resolve(p) === p, new Promise(r => r(p)) === p);
class Sub extends Promise {}
console.log(Sub.resolve(p) === p, Promise.resolve(Sub.resolve(1)) instanceof Sub);
