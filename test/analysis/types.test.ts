import { afterAll, describe, expect, it } from "vitest";
import ts from "typescript";
import { fileURLToPath } from "node:url";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import {
  declaredArrayness, declaredMemberOf, declaredNumber, isNDArrayType, isPlainValueRead, ownMemberSymbol, mayHoldNDArray, paramIsNotArray, returnsNoArray,
  soleValueDeclaration, typeNodeIsNDArray, typeNodeIsNotNDArray,
} from "../../src/analysis/types.js";
import { constructorOf, effectsOf } from "../../src/analysis/effects.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const scratch: string[] = [];
afterAll(() => { for (const d of scratch) fs.rmSync(d, { recursive: true, force: true }); });

const baseOptions: ts.CompilerOptions = {
  strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"], types: [],
  skipLibCheck: true, noEmit: true,
};

/**
 * A user's own class called NDArray, at a path that looks like the runtime's
 * (…/ndalias/src/runtime/ndarray.ts): recognising by name or path would be fooled.
 */
const lookalike = `export class NDArray { shape: number[] = [3]; data: number[] = [0, 0, 0]; fill(v: number): this { this.data.fill(v); return this; } }\n`;

/** Declarations whose types the suite checks: name → [isNDArrayType, mayHoldNDArray]. */
const expectations: Record<string, [boolean, boolean]> = {
  a: [true, true], n: [true, true], m: [true, true], mm: [true, true], sub: [true, true], self: [true, true],
  g: [true, true], o: [true, true], inter: [true, true],
  x: [false, false], u: [false, false], k: [false, false], str: [false, false], nul: [false, false],
  list: [false, true], tup: [false, true], ro: [false, true], layer: [false, true], obj: [false, true],
  box: [false, true], map: [false, true], nested: [false, true], dict: [false, true], state: [false, true],
  plain: [false, false], nbox: [false, false], g2: [false, false], ctor: [false, false], fn: [false, false],
  fake: [false, false], fakes: [false, false], fakeHolder: [false, false], fakeSub: [false, false],
};

const program = `
import { NDArray, zeros, empty } from "ndalias";
import { NDArray as Local } from "./ndalias/src/runtime/ndarray.js";

class Sub extends NDArray { extra = 1; me() { const self = this; return self; } }
type M = NDArray;
type MaybeM = M | undefined;
declare const sub: Sub;
const a = zeros(3);
const n: NDArray | null = Math.random() > 0.5 ? a : null;
const m: M = a;
const mm: MaybeM = Math.random() > 0.5 ? a : undefined;
const inter = a as NDArray & { tag?: string };
const o = empty(2, "object");
const x: any = a; const u: unknown = a; const k = 3; const str = "NDArray"; const nul = null;
const list = [a, a];
const tup: [number, NDArray] = [1, a];
const ro: readonly NDArray[] = [a];
class Layer { w: NDArray = zeros(2); b = 1; }
const layer = new Layer();
class Plain { next: Plain | null = null; v = 1; }
const plain = new Plain();
const obj = { w: a, s: 1 };
class Box<T> { constructor(public v: T) {} }
const box = new Box(a);
const nbox = new Box(1);
const map = new Map<string, NDArray>();
const nested = { inner: { deep: [a] } };
const dict: Record<string, NDArray> = {};
interface State { pos: NDArray; vel?: NDArray }
declare const state: State;
function gen<T extends NDArray>(t: T) { const g = t; return g; }
function gen2<T>(t: T) { const g2 = t; return g2; }
const ctor = NDArray;
const fn = (q: NDArray) => q;
const fake = new Local();
const fakes = [fake];
const fakeHolder = { f: fake, next: fake };
class FakeSub extends Local {}
const fakeSub = new FakeSub();
export { sub, n, m, mm, inter, o, x, u, k, str, nul, list, tup, ro, layer, plain, obj, box, nbox, map, nested, dict, state, gen, gen2, ctor, fn, fakes, fakeHolder, fakeSub };
`;

function analyse(dir: string, options: ts.CompilerOptions) {
  fs.mkdirSync(path.join(dir, "ndalias", "src", "runtime"), { recursive: true });
  fs.writeFileSync(path.join(dir, "ndalias", "src", "runtime", "ndarray.ts"), lookalike);
  const file = path.join(dir, "x.ts");
  fs.writeFileSync(file, program);
  const prog = ts.createProgram([file], { ...baseOptions, ...options });
  const checker = prog.getTypeChecker();
  const sf = prog.getSourceFile(file)!;
  const types = new Map<string, ts.Type>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) types.set(node.name.text, checker.getTypeAtLocation(node.name));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const ndarrayDecl = prog.getSourceFiles().find((s) => /[\\/]runtime[\\/]ndarray\.(d\.)?ts$/.test(s.fileName) && !s.fileName.startsWith(dir));
  const errors = ts.getPreEmitDiagnostics(prog, sf).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  return { prog, checker, types, ndarrayDecl, errors };
}

function expectRecognition(r: ReturnType<typeof analyse>) {
  const got: Record<string, [boolean, boolean]> = {};
  for (const name of Object.keys(expectations)) {
    const t = r.types.get(name);
    expect(t, `declaration ${name} found`).toBeDefined();
    got[name] = [isNDArrayType(t!, r.checker), mayHoldNDArray(t!, r.checker)];
  }
  expect(got).toEqual(expectations);
}

function mkdir(prefix: string, parent = os.tmpdir()): string {
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, prefix));
  scratch.push(dir);
  return dir;
}

describe("isNDArrayType / mayHoldNDArray", () => {
  it("(a) ndalias through a paths mapping to the sources", () => {
    const dir = mkdir("ndalias-types-paths-");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const r = analyse(dir, { paths: { ndalias: [path.join(root, "src/index.ts")] } });
    expect(r.ndarrayDecl?.fileName).toBe(path.join(root, "src/runtime/ndarray.ts"));
    expect(r.errors).toEqual([]);
    expectRecognition(r);
  });

  it("(b) ndalias by self-reference inside this package (exports → dist/src/index.d.ts; needs a build)", () => {
    const built = path.join(root, "dist/src/runtime/ndarray.d.ts");
    expect(fs.existsSync(built), "run `npm run build` first").toBe(true);
    // inside the package scope (no package.json of its own), no paths: "ndalias" resolves by self-reference
    const dir = mkdir(".tmp-self-", path.join(root, "test", "analysis"));
    const r = analyse(dir, {});
    expect(r.ndarrayDecl?.fileName).toBe(built);
    expect(r.errors).toEqual([]);
    expectRecognition(r);
  });

  it("(c) ndalias installed in node_modules of another project", () => {
    const built = path.join(root, "dist/src/runtime/ndarray.d.ts");
    expect(fs.existsSync(built), "run `npm run build` first").toBe(true);
    const dir = mkdir("ndalias-types-installed-");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "user-project", type: "module" }));
    const pkg = path.join(dir, "node_modules", "ndalias");
    fs.mkdirSync(path.join(pkg, "dist"), { recursive: true });
    fs.copyFileSync(path.join(root, "package.json"), path.join(pkg, "package.json"));
    fs.cpSync(path.join(root, "dist", "src"), path.join(pkg, "dist", "src"), { recursive: true });
    const r = analyse(dir, {});
    const decl = r.prog.getSourceFiles().find((s) => s.fileName === path.join(pkg, "dist/src/runtime/ndarray.d.ts"));
    expect(decl, "the installed copy is the one loaded").toBeDefined();
    expect(r.prog.isSourceFileFromExternalLibrary(decl!)).toBe(true);
    expect(r.errors).toEqual([]);
    expectRecognition(r);
  });

  it("a class named NDArray without the @ndalias ndarray tag is not recognised, a tagged one is", () => {
    const dir = mkdir("ndalias-types-own-");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const file = path.join(dir, "y.ts");
    fs.writeFileSync(file, `
      export class NDArray { data = new Float64Array(3); }
      /** My own wrapper, opted in. @ndalias ndarray */
      export class Tensor { data = new Float64Array(3); }
      const own = new NDArray(); const mine = new Tensor();
      const ownList = [own]; const mineList = [mine];
      export { own, mine, ownList, mineList };
    `);
    const prog = ts.createProgram([file], baseOptions);
    const checker = prog.getTypeChecker();
    const types = new Map<string, ts.Type>();
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) types.set(node.name.text, checker.getTypeAtLocation(node.name));
      ts.forEachChild(node, visit);
    };
    visit(prog.getSourceFile(file)!);
    expect(isNDArrayType(types.get("own")!, checker)).toBe(false);
    expect(mayHoldNDArray(types.get("ownList")!, checker)).toBe(false);
    expect(isNDArrayType(types.get("mine")!, checker)).toBe(true);
    expect(mayHoldNDArray(types.get("mineList")!, checker)).toBe(true);
  });

  it("answers are cached per type: a repeated question asks the checker nothing", () => {
    const dir = mkdir("ndalias-types-cache-");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const r = analyse(dir, { paths: { ndalias: [path.join(root, "src/index.ts")] } });
    let calls = 0;
    const counting = new Proxy(r.checker, {
      get(target, prop, recv) {
        const v = Reflect.get(target, prop, recv) as unknown;
        return typeof v === "function" ? (...args: unknown[]) => { calls++; return (v as (...a: unknown[]) => unknown).apply(target, args); } : v;
      },
    });
    for (const name of ["layer", "nested", "sub", "fakeHolder"]) {
      const t = r.types.get(name)!;
      const first = [isNDArrayType(t, counting), mayHoldNDArray(t, counting)];
      const before = calls;
      const second = [isNDArrayType(t, counting), mayHoldNDArray(t, counting)];
      expect(second).toEqual(first);
      expect(calls - before, `checker calls on the second question about ${name}`).toBe(0);
    }
    expect(calls).toBeGreaterThan(0);
  });

  it("reads effect tags of calls", () => {
    const dir = mkdir("ndalias-types-effects-");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const file = path.join(dir, "z.ts");
    fs.writeFileSync(file, `import { zeros } from "ndalias";\nconst a = zeros(3);\na.fill(1);\n`);
    const prog = ts.createProgram([file], { ...baseOptions, paths: { ndalias: [path.join(root, "src/index.ts")] } });
    const checker = prog.getTypeChecker();
    const calls: ts.Node[] = [];
    const visit = (node: ts.Node): void => { if (ts.isCallExpression(node)) calls.push(node); ts.forEachChild(node, visit); };
    visit(prog.getSourceFile(file)!);
    const kinds = calls.map((c) => effectsOf(c, checker).map((t) => t.kind).join(" "));
    expect(kinds).toContain("create");
    expect(kinds.some((k) => k.includes("write"))).toBe(true);
  });
});

// The analysis answers some type questions from the syntax alone (no checker): each answer must be
// the one the checker gives. Checked on every declaration of the project corpus and of the runtime.
describe("answers read from the syntax agree with the checker", () => {
  const dir = path.join(root, "test", "corpus", "lint");
  const files = [
    ...fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => path.join(dir, f)),
    path.join(root, "src", "runtime", "ndarray.ts"),
  ];
  const prog = ts.createProgram(files, { ...baseOptions, paths: { ndalias: [path.join(root, "src/index.ts")] } });
  const checker = prog.getTypeChecker();
  const decls: ts.Node[] = [];
  for (const f of files) {
    const visit = (n: ts.Node): void => {
      decls.push(n);
      ts.forEachChild(n, visit);
    };
    visit(prog.getSourceFile(f)!);
  }
  const where = (n: ts.Node) => `${path.basename(n.getSourceFile().fileName)}:${n.getSourceFile().getLineAndCharacterOfPosition(n.getStart()).line + 1} ${n.getText().slice(0, 60)}`;

  it("typeNodeIsNotNDArray / typeNodeIsNDArray on every written type", () => {
    let not = 0, is = 0;
    for (const n of decls) {
      if (!ts.isTypeNode(n) || ts.isTypePredicateNode(n) || ts.isTypeParameterDeclaration(n.parent)) continue;
      const t = checker.getTypeFromTypeNode(n);
      if (typeNodeIsNotNDArray(n)) { not++; expect(isNDArrayType(t, checker), where(n)).toBe(false); }
      if (typeNodeIsNDArray(n, checker)) { is++; expect(isNDArrayType(t, checker), where(n)).toBe(true); }
    }
    expect(not).toBeGreaterThan(100);
    expect(is).toBeGreaterThan(100);
  });

  it("paramIsNotArray on every parameter", () => {
    let n = 0;
    for (const p of decls) {
      if (!ts.isParameter(p) || !paramIsNotArray(p)) continue;
      n++;
      expect(isNDArrayType(checker.getTypeAtLocation(p), checker), where(p)).toBe(false);
    }
    expect(n).toBeGreaterThan(100);
  });

  it("returnsNoArray on every function without a written result type", () => {
    let n = 0;
    for (const f of decls) {
      if (!ts.isFunctionLike(f) || !("body" in f) || !f.body || f.type || !returnsNoArray(f as ts.FunctionLikeDeclaration)) continue;
      const sig = checker.getSignatureFromDeclaration(f);
      if (!sig) continue;
      n++;
      expect(isNDArrayType(checker.getReturnTypeOfSignature(sig), checker), where(f)).toBe(false);
    }
    expect(n).toBeGreaterThan(100);
  });

  it("constructorOf on every `new` expression: the declaration its resolved signature has", () => {
    let n = 0;
    for (const e of decls) {
      if (!ts.isNewExpression(e)) continue;
      const callee = ts.isPropertyAccessExpression(e.expression) ? e.expression.name : e.expression;
      let sym = checker.getSymbolAtLocation(callee);
      if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
      const r = sym && constructorOf(sym);
      if (!r) continue;
      n++;
      expect(r.decl, where(e)).toBe(checker.getResolvedSignature(e)?.getDeclaration());
    }
    expect(n).toBeGreaterThan(50);
  });

  it("declaredArrayness at every read of a name or property: the type of the read agrees", () => {
    let n = 0;
    for (const e of decls) {
      // reads: property accesses, and names in the places the analysis reads them
      const p = e.parent;
      const read = ts.isIdentifier(e) && p && ((ts.isPropertyAccessExpression(p) && p.expression === e) || (ts.isCallExpression(p) && p.arguments.includes(e)) ||
        ts.isBinaryExpression(p) || ts.isReturnStatement(p) || ts.isArrayLiteralExpression(p) || ts.isTemplateSpan(p) ||
        (ts.isVariableDeclaration(p) && p.initializer === e) || (ts.isElementAccessExpression(p) && p.expression === e));
      const name = ts.isPropertyAccessExpression(e) ? e.name : read ? (e as ts.Identifier) : null;
      if (!name) continue;
      const sym = checker.getSymbolAtLocation(name);
      const d = sym && soleValueDeclaration(sym); // as the analysis asks
      const known = d && ((d as ts.NamedDeclaration).name !== name) ? declaredArrayness(d, checker) : undefined;
      if (known === undefined) continue;
      n++;
      expect(isNDArrayType(checker.getTypeAtLocation(e), checker), where(e)).toBe(known);
    }
    expect(n).toBeGreaterThan(200);
  });

  it("declaredMemberOf on every method called on a name: the member getSymbolAtLocation finds", () => {
    let n = 0;
    for (const e of decls) {
      if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || !ts.isIdentifier(e.expression.expression)) continue;
      const callee = e.expression;
      const m = declaredMemberOf(callee, checker.getSymbolAtLocation(callee.expression), checker);
      if (!m) continue;
      n++;
      expect(m === checker.getSymbolAtLocation(callee.name), where(e)).toBe(true);
    }
    expect(n).toBeGreaterThan(100);
  });

  it("isPlainValueRead: the scope lookup finds the symbol getSymbolAtLocation finds", () => {
    let n = 0;
    for (const id of decls) {
      if (!ts.isIdentifier(id) || !isPlainValueRead(id)) continue;
      n++;
      expect(checker.resolveName(id.text, id, ts.SymbolFlags.Value, false) === checker.getSymbolAtLocation(id), where(id)).toBe(true);
    }
    expect(n).toBeGreaterThan(1000);
  });

  it("ownMemberSymbol: the member of the class's own body is the symbol getSymbolAtLocation finds", () => {
    let n = 0;
    for (const id of decls) {
      if (!ts.isIdentifier(id)) continue;
      const sym = ownMemberSymbol(id, checker);
      if (!sym) continue;
      n++;
      const other = checker.getSymbolAtLocation(id);
      expect(sym === other, `${where(id)}: ${sym.name} vs ${other?.name} ${other?.declarations?.length}`).toBe(true);
    }
    expect(n).toBeGreaterThan(300);
  });

  it("declaredNumber on every name read as an argument or an array element (where the analysis asks)", () => {
    let n = 0;
    for (const id of decls) {
      if (!ts.isIdentifier(id) || !((ts.isCallExpression(id.parent) && id.parent.arguments.includes(id)) || ts.isArrayLiteralExpression(id.parent))) continue;
      const d = checker.getSymbolAtLocation(id)?.valueDeclaration;
      if (!d || !declaredNumber(d) || (ts.isParameter(d) ? d.name : (d as ts.VariableDeclaration).name) === id) continue;
      const t = checker.getTypeAtLocation(id);
      n++;
      expect((t.flags & ts.TypeFlags.NumberLike) !== 0 && !(t.flags & ts.TypeFlags.Union), where(id)).toBe(true);
    }
    expect(n).toBeGreaterThan(100);
  });
});
