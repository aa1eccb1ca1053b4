// The test262 frontmatter: the YAML block between `/*---` and `---*/` at the top of each test.
// test262 uses a small YAML subset, parsed here without a dependency:
//   key: scalar                 plain, 'single' or "double" quoted
//   key: [a, b, c]              flow list
//   key:                        block list ...
//     - a
//   key:                        ... or nested map (only `negative` uses one)
//     phase: parse
//   key: |   /  key: >          block scalars (literal / folded; `-`/`+` chomping accepted)
//   key: text that             a plain scalar continued on more-indented lines
//     goes on
// Lines starting with `#` are comments. Anything else is kept as a string.

/** Returns the frontmatter text of a test's source, or null when it has none. */
export function frontmatterText(source) {
  const start = source.indexOf('/*---');
  if (start < 0) return null;
  const end = source.indexOf('---*/', start + 5);
  if (end < 0) return null;
  return source.slice(start + 5, end);
}

function unquote(text) {
  const s = text.trim();
  if (s.length >= 2 && s[0] === "'" && s.at(-1) === "'") return s.slice(1, -1).replace(/''/g, "'");
  if (s.length >= 2 && s[0] === '"' && s.at(-1) === '"') {
    try { return JSON.parse(s); } catch { return s.slice(1, -1); }
  }
  return s;
}

function flowList(text) {
  const inner = text.trim().slice(1, -1).trim();
  if (!inner) return [];
  return inner.split(',').map(unquote).filter((item) => item !== '');
}

function scalar(text) {
  const s = text.trim();
  if (s.startsWith('[') && s.endsWith(']')) return flowList(s);
  return unquote(s);
}

const indentOf = (line) => line.length - line.trimStart().length;
const isBlank = (line) => line.trim() === '' || line.trim().startsWith('#');

/** Parses frontmatter text into a plain object (see the subset above). */
export function parseYaml(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const result = {};
  let i = 0;
  // Parses the mapping whose keys sit at exactly `indent`, starting at line i.
  function mapping(indent) {
    const map = {};
    while (i < lines.length) {
      const line = lines[i];
      if (isBlank(line)) { i++; continue; }
      const ind = indentOf(line);
      if (ind < indent) break;
      const match = /^\s*([^:\s][^:]*?)\s*:(?:\s+(.*)|\s*)$/.exec(line);
      if (!match || ind > indent) { i++; continue; } // not a key here: ignore it
      const key = match[1];
      const rest = (match[2] ?? '').trim();
      i++;
      if (/^[|>][-+]?\d*$/.test(rest)) {
        map[key] = blockScalar(ind, rest[0] === '>');
      } else if (rest === '') {
        map[key] = nested(ind);
      } else if (rest.startsWith('[') && !rest.endsWith(']')) {
        let flow = rest; // a flow list wrapped over lines
        while (i < lines.length && !flow.trimEnd().endsWith(']')) flow += ' ' + lines[i++].trim();
        map[key] = flowList(flow);
      } else {
        let value = rest; // a plain scalar may continue on more-indented lines
        while (i < lines.length && !isBlank(lines[i]) && indentOf(lines[i]) > ind &&
          !/^\s*-\s/.test(lines[i])) value += ' ' + lines[i++].trim();
        map[key] = scalar(value);
      }
    }
    return map;
  }
  // After `key:` with nothing after it: a block list, a nested map, or nothing.
  function nested(parentIndent) {
    let j = i;
    while (j < lines.length && isBlank(lines[j])) j++;
    if (j >= lines.length) return null;
    const ind = indentOf(lines[j]);
    const isList = /^\s*-(\s|$)/.test(lines[j]);
    if (isList ? ind < parentIndent : ind <= parentIndent) return null;
    if (!isList) return mapping(ind);
    const list = [];
    while (i < lines.length) {
      const line = lines[i];
      if (isBlank(line)) { i++; continue; }
      if (indentOf(line) !== ind || !/^\s*-(\s|$)/.test(line)) break;
      list.push(scalar(line.trim().slice(1)));
      i++;
    }
    return list;
  }
  function blockScalar(keyIndent, folded) {
    const body = [];
    while (i < lines.length && (lines[i].trim() === '' || indentOf(lines[i]) > keyIndent)) body.push(lines[i++]);
    while (body.length && body.at(-1).trim() === '') body.pop();
    const ind = Math.min(...body.filter((l) => l.trim()).map(indentOf));
    const stripped = body.map((l) => l.slice(Math.min(ind, indentOf(l))));
    if (!folded) return stripped.join('\n');
    return stripped.join('\n').replace(/([^\n])\n(?=[^\n])/g, '$1 ');
  }
  Object.assign(result, mapping(0));
  // frontmatter is usually indented by 2 relative to nothing; mapping(0) skipped deeper keys
  if (!Object.keys(result).length) {
    const first = lines.find((l) => !isBlank(l));
    if (first) { i = 0; Object.assign(result, mapping(indentOf(first))); }
  }
  return result;
}

/** The fields the runner uses, normalized: lists are arrays, negative is {phase, type} or null. */
export function parseFrontmatter(source) {
  const text = frontmatterText(source);
  const raw = text ? parseYaml(text) : {};
  const list = (value) => (Array.isArray(value) ? value : value ? [String(value)] : []);
  const negative = raw.negative && typeof raw.negative === 'object' && !Array.isArray(raw.negative)
    ? { phase: String(raw.negative.phase ?? ''), type: String(raw.negative.type ?? '') }
    : null;
  return {
    ...raw,
    includes: list(raw.includes),
    flags: list(raw.flags),
    features: list(raw.features),
    negative,
  };
}
