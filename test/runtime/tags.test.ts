import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The lint rules read each declaration's `@ndalias` effect tags through the
// type checker; these tests pin the tags of the public surface.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const entry = path.join(root, "src/index.ts");
const program = ts.createProgram([entry], {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"],
  types: [],
  noEmit: true,
});
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
const exportsByName = new Map(
  checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s]),
);

function tags(sym: ts.Symbol): string[] {
  return sym
    .getJsDocTags(checker)
    .filter((t) => t.name === "ndalias")
    .map((t) => ts.displayPartsToString(t.text).trim());
}

const METHOD_TAGS: Record<string, string[]> = {
  shape: ["inspect"], strides: ["inspect"], offset: ["inspect"], dtype: ["inspect"], ndim: ["inspect"],
  size: ["inspect"], flags: ["inspect"], base: ["view"], data: ["data"],
  get: ["read"], tolist: ["read"], sum: ["read"], mean: ["read"], min: ["read"], max: ["read"],
  slice: ["view"], T: ["view"], transpose: ["view"], swapaxes: ["view"], flip: ["view"], squeeze: ["view"],
  expandDims: ["view"], view: ["view"], diagonal: ["view readonly"], broadcastTo: ["view readonly"],
  reshape: ["maybe-view"], ravel: ["maybe-view"],
  copy: ["copy"], flatten: ["copy"], astype: ["copy"], take: ["copy"], add: ["copy"], sub: ["copy"], mul: ["copy"], div: ["copy"],
  set: ["write this", "stores value"], assign: ["write this", "stores value"], fill: ["write this", "stores value"],
  iadd: ["write this"], isub: ["write this"], imul: ["write this"], idiv: ["write this"], sort: ["write this"],
  dispose: ["dispose"], toString: ["inspect"],
};

describe("effect tags (@ndalias JSDoc) on the public surface", () => {
  it("typechecks the entry point without errors", () => {
    const diags = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName.startsWith(path.join(root, "src/runtime")) || d.file?.fileName === entry);
    expect(diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it("NDArray carries `@ndalias ndarray` and every public member its effect", () => {
    const cls = exportsByName.get("NDArray")!;
    expect(tags(cls)).toEqual(["ndarray"]);
    const type = checker.getDeclaredTypeOfSymbol(cls);
    for (const [name, expected] of Object.entries(METHOD_TAGS)) {
      const prop = type.getProperty(name);
      expect(prop, name).toBeDefined();
      expect([name, tags(prop!)]).toEqual([name, expected]);
    }
    const disposeSym = type.getProperties().find((p) => p.name.startsWith("__@dispose"));
    expect(disposeSym).toBeDefined();
    expect(tags(disposeSym!)).toEqual(["dispose"]);
  });

  it("creation functions are `create`, memory queries `inspect`", () => {
    for (const f of ["array", "zeros", "ones", "empty", "full", "arange", "linspace", "eye"]) {
      expect([f, tags(exportsByName.get(f)!)]).toEqual([f, ["create"]]);
    }
    for (const f of ["sharesMemory", "mayShareMemory", "refcount"]) {
      expect([f, tags(exportsByName.get(f)!)]).toEqual([f, ["inspect"]]);
    }
  });

  it("exports the whole public API", () => {
    for (const name of [
      "NDArray", "array", "zeros", "ones", "empty", "full", "arange", "linspace", "eye",
      "IndexError", "ShapeError", "ReadOnlyError", "DisposedError", "DTypeError",
      "sharesMemory", "mayShareMemory", "refcount", "memoryStats", "collect", "DType", "SliceSpec",
    ]) {
      expect(exportsByName.has(name), name).toBe(true);
    }
  });
});
