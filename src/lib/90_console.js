"use strict";
/* console (log/info/debug to stdout, error/warn to stderr), print, and globalThis. Arguments
 * are formatted the way node's formatWithOptions does: a leading string with % directives
 * (%s %d %i %f %j %o %O %c %%), then the rest joined with spaces, strings raw and every
 * other value through Inspect. */

const lib = global["%lib"];
const inspect = lib.inspect;

/* node's hasBuiltInToString: %s prints objects whose toString is a built-in one with
 * inspect, others through String(). */
function hasBuiltInToString(value) {
  if (!$IsCallable(value.toString)) return true;
  if ($HasOwnProperty(value, "toString")) return false;
  let pointer = value;
  do {
    pointer = $GetPrototypeOf(pointer);
  } while (pointer !== null && !$HasOwnProperty(pointer, "toString"));
  if (pointer === null) return true;
  const record = $GetOwnProperty(pointer, "constructor");
  return record !== undefined && record.length === 2 && $IsCallable(record[0]) &&
    lib.builtInObjects[$FunctionName(record[0])] === true;
}

/* String(value) without going through the global String. */
function stringOf(value) {
  if (typeof value === "symbol") return $Call(lib.SymbolDescriptiveString, undefined, value);
  return lib.ToString(value);
}

/* A %j argument: JSON text when a JSON object exists, node's fallbacks otherwise. */
function tryStringify(value) {
  const JSON = global.JSON;
  if (JSON === undefined) return inspect(value, undefined);
  try {
    return $Call(JSON.stringify, JSON, value);
  } catch (err) {
    if ($IsObject(err) && typeof err.message === "string" && $StringIndexOf(err.message, "circular structure", 0) !== -1) {
      return "[Circular]";
    }
    throw err;
  }
}

/* node's formatWithOptionsInternal with default options. */
function format(args) {
  const first = args[0];
  let a = 0;
  let str = "";
  let join = "";
  if (typeof first === "string") {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    const length = $StringLength(first);
    for (let i = 0; i < length - 1; i++) {
      if ($StringCharCodeAt(first, i) !== 37) continue; // '%'
      const nextChar = $StringCharCodeAt(first, ++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const tempArg = args[++a];
            if (typeof tempArg === "number") tempStr = lib.formatNumber(tempArg);
            else if (typeof tempArg === "bigint") tempStr = `${$ToStringPrimitive(tempArg)}n`;
            else if (!$IsObject(tempArg) || !hasBuiltInToString(tempArg)) tempStr = stringOf(tempArg);
            else tempStr = inspect(tempArg, { depth: 0 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === "bigint") tempStr = `${$ToStringPrimitive(tempNum)}n`;
            else if (typeof tempNum === "symbol") tempStr = "NaN";
            else tempStr = lib.formatNumber(lib.ToNumber(tempNum));
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], undefined);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { showHidden: true, depth: 4 });
            break;
          case 105: { // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === "bigint") tempStr = `${$ToStringPrimitive(tempInteger)}n`;
            else if (typeof tempInteger === "symbol") tempStr = "NaN";
            else tempStr = lib.formatNumber(lib.parseInt(tempInteger, undefined));
            break;
          }
          case 102: { // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === "symbol") tempStr = "NaN";
            else tempStr = lib.formatNumber(lib.parseFloat(tempFloat));
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = "";
            break;
          case 37: // '%'
            str += $StringSubstring(first, lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += $StringSubstring(first, lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += $StringSubstring(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = " ";
      if (lastPos < length) str += $StringSubstring(first, lastPos, length);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== "string" ? inspect(value, undefined) : value;
    join = " ";
    a++;
  }
  return str;
}
lib.format = format;

const console = {};
lib.installMethods(console, {
  log(...args) {
    $Print(format(args));
  },
  info(...args) {
    $Print(format(args));
  },
  debug(...args) {
    $Print(format(args));
  },
  error(...args) {
    $PrintError(format(args));
  },
  warn(...args) {
    $PrintError(format(args));
  },
});

const printHolder = {
  print(...args) {
    $Print(format(args));
  },
};

lib.defineGlobal("console", console);
lib.defineGlobal("print", printHolder.print);
lib.defineGlobal("globalThis", global);
