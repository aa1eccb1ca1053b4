try { null[Symbol('abc')]; } catch (e) { console.log(e.message); }
const k = Symbol('desc');
try { null[k] = 1; } catch (e) { console.log(e.message); }
