// Completion values of statements as eval returns them (UpdateEmpty: empty bodies give undefined).
const cases = ["1; do { break; } while (false)", "1; if (true) {}", "1; var x;", "1; while (true) { 2; break; }",
  "1; try { 3 } finally { 4 }", "5; try {} catch (e) {}", "1; switch (0) {}", "1; for (var i = 0; i < 2; i++) i;",
  "1; with ({}) {}", "7; {}", "8; ;"];
for (const c of cases) console.log(c, "→", eval(c));
