// Petrel test262 host shim: prepended to every non-raw test. Defines $262 with what plain
// JavaScript can provide (see INTERPRETING.md in test262); tests needing more (createRealm,
// agent, IsHTMLDDA, ...) are skipped through tests/test262/skip-features.txt.
var $262 = (function () {
  var g = typeof globalThis === 'object' ? globalThis : (0, eval)('this');
  if (typeof g.print !== 'function') {
    g.print = function () { console.log.apply(console, arguments); };
  }
  var host = {
    global: g,
    evalScript: function (source) { return (0, eval)(String(source)); },
    // a host may supply a true evalScript (global `let` stays global) as __petrel_evalScript
    detachArrayBuffer: function (buffer) {
      if (typeof g.structuredClone === 'function') {
        g.structuredClone(buffer, { transfer: [buffer] });
        return null;
      }
      if (typeof buffer.transfer === 'function') { buffer.transfer(); return null; }
      throw new g.TypeError('$262.detachArrayBuffer is not available on this host');
    },
  };
  if (typeof g.__petrel_evalScript === 'function') {
    host.evalScript = g.__petrel_evalScript;
    delete g.__petrel_evalScript;
  }
  if (typeof g.gc === 'function') host.gc = g.gc;
  return host;
})();
