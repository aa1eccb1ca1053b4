'use strict';
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
  toString() { return `Point(${this.x}, ${this.y})`; }
}
const p = new Point(1, 2);
console.log(p.sum());
console.log(String(p));
console.log(p instanceof Point);
console.log(typeof Point);
console.log(Object.getPrototypeOf(p) === Point.prototype);
console.log(Point.prototype.constructor === Point);
console.log(Object.keys(Point.prototype).length);
console.log(Object.getOwnPropertyNames(Point.prototype).join(','));
const d = Object.getOwnPropertyDescriptor(Point.prototype, 'sum');
console.log(d.writable, d.enumerable, d.configurable);
const pd = Object.getOwnPropertyDescriptor(Point, 'prototype');
console.log(pd.writable, pd.enumerable, pd.configurable);
console.log(Point.name, Point.length);
console.log(Object.keys(p).join(','));
class Empty {}
console.log(Empty.length, Empty.name, Object.getOwnPropertyNames(new Empty()).length);
console.log(typeof Point.prototype.sum.prototype);
try { new Point.prototype.sum(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(p);
console.log(new Empty());
console.log(Point);
