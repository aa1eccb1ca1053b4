console.log(void 0, void 1, void "x", void {}, typeof void 0);
var c = 0;
var r = void c++;
console.log(r, c);
console.log(void 0 === undefined);
var f = () => void console.log("side effect");
console.log(f());
console.log([1, 2].map(x => void x));
console.log(void (1, 2));
