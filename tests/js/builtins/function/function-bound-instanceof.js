function Point(x) { this.x = x; }
var P = Point.bind(null);
console.log(new P(1) instanceof P);
console.log({} instanceof P);
