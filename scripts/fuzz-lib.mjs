// Shared by test/plugin/fuzz.test.ts (bounded, CI) and scripts/fuzz-long.mjs
// (long runs): seeded program generators and a crash-checking lint loop.
//
// Two kinds of programs:
//  - mutants of the labelled corpus and the repo's own TypeScript programs
//    (lines deleted, duplicated, swapped, identifiers renamed);
//  - random JavaScript from eslump, made to touch ndarrays: a prelude binds
//    the short names eslump likes (a, b, d, …) to arrays, views, copies and
//    object-dtype tables; some identifiers of the random code are renamed to
//    those names; ndalias snippets (views, in-place writes, stores, reads) are
//    spliced in at random statement boundaries; sometimes the whole thing is
//    the body of a function taking arrays as parameters. The files are `.js`,
//    type-checked through a tsconfig with `allowJs` (types come from inference
//    and JSDoc), so the typed rules see NDArray values in odd syntax.
//
// Every program is a pure function of one 32-bit seed: `node
// scripts/fuzz-long.mjs 1 SEED` replays it.
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "@typescript-eslint/parser";

const require = createRequire(import.meta.url);
const { generateRandomJS } = require("eslump");

/** Deterministic PRNG (mulberry32). */
export function rng(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** Corpus and repo TypeScript programs that seed the mutants. */
export function seedPrograms(root) {
  const out = [];
  const corpus = join(root, "..", "shared", "corpus", "lint");
  const dirs = [corpus, join(root, "test", "corpus", "lint"), join(root, "examples"), join(root, "test", "rules"), join(root, "test", "plugin", "fixtures")];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".ts")) out.push({ name: relative(root, join(dir, f)), text: readFileSync(join(dir, f), "utf8") });
  }
  return out;
}

/** Line-level mutation of a TypeScript program. */
export function mutate(src, r) {
  const lines = src.split("\n");
  const ops = 1 + Math.floor(r() * 4);
  for (let k = 0; k < ops; k++) {
    const i = Math.floor(r() * lines.length);
    const j = Math.floor(r() * lines.length);
    const op = Math.floor(r() * 4);
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, lines[i] ?? "");
    else if (op === 2) [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
    else {
      const ids = src.match(/\b[a-z][A-Za-z0-9]*\b/g) ?? [];
      const a = pick(r, ids), b = pick(r, ids);
      if (a && b) lines[i] = (lines[i] ?? "").replace(new RegExp(`\\b${a}\\b`, "g"), b);
    }
  }
  return lines.join("\n");
}

/** A mutant of one seed program, chosen and mutated from `seed` alone. */
export function mutantProgram(seed, bases) {
  const from = bases[(seed >>> 0) % bases.length];
  return { code: mutate(from.text, rng(seed)), from: from.name };
}

/** Names the prelude binds to arrays; eslump's random identifiers are often these letters. */
const NAMES = ["a", "b", "d", "h", "j", "o", "q", "s", "w", "i", "v", "x"];

const PRELUDE = `import { zeros, ones, empty, arange, array, NDArray } from "ndalias";
let a = arange(6), b = a.slice("1:4"), d = zeros(6), h = a.reshape(2, 3), j = a.T, o = empty(3, "object");
let q = a, s = { w: a, self: null, peer: null }, w = a.copy(), i = ones([2, 3]), v = a.data, x = array([1, 2, 3]);
`;

const EPILOGUE = `
console.log(a.sum(), b.tolist(), d.mean(), h.get(0, 0), j.max(), w.min(), i.sum(), x.get(0), q, s, o, v);
`;

/** In-place writes, views, aliases, stores and reads, in JavaScript. */
const SNIPPETS = [
  `b = a.slice("1:3"); b.fill(1); console.log(a.sum());`,
  `o.set(0, o);`,
  `o.set(1, a); o.set(2, b);`,
  `d.iadd(a); d.get(0);`,
  `w = a.copy(); w.set(0, 2); a.get(0);`,
  `a.take([0, 1]).fill(0);`,
  `a.flatten().set(0, 1);`,
  `a.add(1).fill(0);`,
  `h = a.reshape(3, 2); h.set([0, 0], 5); a.get(0);`,
  `[a, b] = [b, a];`,
  `q = a; q.sort(); a.mean();`,
  `s.self = s; s.w = a;`,
  `s.peer = w; w.peer = s;`,
  `j = a.T; j.imul(2); a.max();`,
  `v = a.data; v[0] = 1; a.get(0);`,
  `{ const t = a; t.isub(1); console.log(a.sum()); }`,
  `i = d ? a : b; i.fill(3); a.sum();`,
  `a.slice("::2").assign("0", 7);`,
  `x = x.add(x); x.idiv(2);`,
  `const { w: ww } = s; ww.fill(0); s.w.sum();`,
  `function g(p) { p.fill(0); return p.sum(); } g(a); g(b);`,
  `const f = (p = a) => p.squeeze().flip(); f().set(0, 1); a.get(0);`,
  `for (const r of [a, b]) r.iadd(1);`,
  `while (a.sum() > 100) { a.idiv(2); b = a.view(); }`,
  `try { a.broadcastTo([2, 6]).fill(1); } catch (e) { console.log(e); }`,
  `b.dispose(); a.sum();`,
  `q = o.get(0); q.set(0, q);`,
];

const NOT_RENAMED = new Set(["async", "await", "yield", "let", "static", "get", "set", "of", "as", "from", "target", "meta",
  "constructor", "arguments", "eval", "undefined", "NaN", "Infinity", "prototype", "__proto__"]);

function tryParse(code) {
  try {
    return parse(code, { sourceType: "module", range: true, tokens: true, ecmaVersion: "latest" });
  } catch {
    return undefined;
  }
}

/** Statement lists (program, blocks, switch cases) and the end offsets of their statements. */
function statementEnds(ast) {
  const ends = [];
  const visit = (node) => {
    if (!node || typeof node.type !== "string") return;
    const lists = node.type === "Program" || node.type === "BlockStatement" || node.type === "StaticBlock" ? [node.body]
      : node.type === "SwitchCase" ? [node.consequent] : [];
    for (const list of lists) for (const st of list) if (st.type !== "ImportDeclaration" && !st.directive) ends.push(st.range[1]);
    for (const key of Object.keys(node)) {
      if (key === "parent" || key === "tokens" || key === "comments") continue;
      const v = node[key];
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object" && typeof v.type === "string") visit(v);
    }
  };
  visit(ast);
  return ends;
}

/**
 * One random JavaScript program touching ndarrays, from `seed`.
 * Returns `{ code, kind, spliced, renamed }`.
 */
export function eslumpProgram(seed) {
  const r = rng(seed);
  const maxDepth = 3 + Math.floor(r() * 4);
  const comments = r() < 0.3;
  const whitespace = r() < 0.2;
  // eslump draws from Math.random: make it the seeded stream for this call
  const saved = Math.random;
  let random;
  try {
    Math.random = rng(seed ^ 0x5bd1e995);
    random = generateRandomJS({ sourceType: "module", maxDepth, comments, whitespace });
  } finally {
    Math.random = saved;
  }
  let ast = tryParse(random);
  if (!ast) return { code: PRELUDE + random + EPILOGUE, kind: "eslump-unparsed", spliced: 0, renamed: 0 };

  // rename some identifiers to the array names
  let renamed = 0;
  const edits = [];
  for (const t of ast.tokens ?? []) {
    if (t.type !== "Identifier" || NOT_RENAMED.has(t.value) || r() > 0.35) continue;
    edits.push([t.range[0], t.range[1], pick(r, NAMES)]);
  }
  let code = random;
  for (const [s, e, n] of edits.reverse()) { code = code.slice(0, s) + n + code.slice(e); renamed++; }
  ast = tryParse(code);
  if (!ast) { code = random; renamed = 0; ast = tryParse(code); }

  // splice ndalias snippets in at statement boundaries
  const ends = [...new Set(statementEnds(ast))].sort((x, y) => y - x);
  let spliced = 0;
  for (const end of ends) {
    if (r() > 0.5) continue;
    const candidate = `${code.slice(0, end)}\n;${pick(r, SNIPPETS)}\n${code.slice(end)}`;
    if (tryParse(candidate)) { code = candidate; spliced++; }
  }
  if (spliced === 0) code = `${pick(r, SNIPPETS)}\n${code}`, spliced = 1;

  // sometimes: the body of a function whose parameters are arrays
  if (r() < 0.4) {
    const body = tryParse(code);
    const lifted = [];
    let inner = code;
    for (const st of [...(body?.body ?? [])].reverse()) {
      if (st.type === "ImportDeclaration" || st.type.startsWith("Export")) {
        lifted.unshift(code.slice(st.range[0], st.range[1]));
        inner = inner.slice(0, st.range[0]) + inner.slice(st.range[1]);
      }
    }
    const wrapped = `${lifted.join("\n")}\n/** @param {NDArray} a @param {NDArray} b @param {NDArray} d */\nexport function fz(a, b, d) {\n${inner}\nreturn a;\n}\nfz(zeros(3), ones(3), arange(3));`;
    if (tryParse(PRELUDE + wrapped)) return { code: PRELUDE + wrapped + EPILOGUE, kind: "eslump-function", spliced, renamed };
  }
  return { code: PRELUDE + code + EPILOGUE, kind: "eslump-module", spliced, renamed };
}

/** tsconfig for a fuzz workspace: TypeScript and JavaScript (allowJs, not checked), `ndalias` mapped to the sources. */
export function writeWorkspace(dir, root) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: {
      target: "ES2022", lib: ["ES2022", "ESNext.Disposable", "DOM"], module: "NodeNext", moduleResolution: "NodeNext",
      strict: true, noEmit: true, skipLibCheck: true, allowJs: true, checkJs: false, types: [],
      paths: { ndalias: [relative(dir, join(root, "src", "index.ts")).split("\\").join("/")] },
    },
    include: ["*.ts", "*.js"],
  }, null, 2));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
}

/** Flat config: typed linting of the workspace + the plugin's recommended rules. */
export function fuzzConfig(dir, tsParser, plugin) {
  return [
    { files: ["**/*.ts", "**/*.js"], languageOptions: { parser: tsParser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: dir } } },
    plugin.configs.recommended,
  ];
}

/**
 * Lints one file with fixes; classifies the outcome:
 * `crash` (a rule or the linter threw), `broken-fix` (the program parsed but the
 * fixed output does not), `unparsed` (the program itself does not parse: rules did
 * not run), `fatal` (it parses but ESLint reported a fatal error), or `ok`. `findings` counts ndalias messages, `fixed` whether output changed.
 */
export async function lintOne(eslint, file, code) {
  const parsedBefore = tryParse(code) !== undefined;
  let res;
  try {
    [res] = await eslint.lintFiles([file]);
  } catch (e) {
    return { status: "crash", error: e?.stack ?? String(e), findings: 0, fixed: false };
  }
  const fatal = res.messages.filter((m) => m.fatal);
  const findings = res.messages.filter((m) => m.ruleId?.startsWith("ndalias/")).length;
  const fixed = res.output !== undefined && res.output !== code;
  if (!parsedBefore) return { status: "unparsed", findings, fixed: false };
  // TypeScript's parser rejects some programs a JavaScript parser accepts (a lone CR or a form feed
  // inside a comment, say): the rules never ran on them
  if (!fixed && fatal.length > 0 && fatal.every((m) => m.message.startsWith("Parsing error:"))) return { status: "unparsed", findings, fixed: false };
  // the program parses, yet ESLint could not lint it (e.g. not in the typed project)
  if (fatal.length > 0 && !fixed) return { status: "fatal", error: fatal.map((m) => m.message).join("; "), findings, fixed };
  if (fixed) {
    if (fatal.length > 0) return { status: "broken-fix", error: fatal.map((m) => m.message).join("; "), findings, fixed };
    if (tryParse(res.output) === undefined) {
      let msg = "";
      try { parse(res.output, { sourceType: "module", ecmaVersion: "latest" }); } catch (e) { msg = String(e?.message ?? e); }
      return { status: "broken-fix", error: msg, findings, fixed };
    }
  }
  return { status: "ok", findings, fixed };
}
