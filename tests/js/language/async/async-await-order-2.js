async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() { console.log('async2'); }
console.log('script start');
async1();
new Promise(function (resolve) { console.log('promise1'); resolve(); }).then(function () { console.log('promise2'); });
console.log('script end');
async function ret() { return Promise.resolve('p'); }
async function plain() { return 'v'; }
ret().then(v => console.log('ret', v));
plain().then(v => console.log('plain', v));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
