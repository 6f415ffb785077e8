import { describe, expect, it } from "vitest";
import ts from "typescript";
import { fileURLToPath } from "node:url";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { isNDArrayType, mayHoldNDArray } from "../../src/analysis/types.js";
import { effectsOf } from "../../src/analysis/effects.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function check(src: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ndalias-types-"));
  const file = path.join(dir, "x.ts");
  fs.writeFileSync(file, src);
  const program = ts.createProgram([file], {
    strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true,
    baseUrl: root, paths: { ndalias: [path.join(root, "src/index.ts")] },
  });
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(file)!;
  const types = new Map<string, ts.Type>();
  const calls: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name)) types.set(n.name.text, checker.getTypeAtLocation(n.name));
    if (ts.isCallExpression(n)) calls.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { checker, types, calls };
}

describe("isNDArrayType (paths mapping to the sources)", () => {
  it("recognises NDArray, unions with null, subclasses; rejects any/unknown/number", () => {
    const { checker, types } = check(`
      import { NDArray, zeros } from "ndalias";
      class Sub extends NDArray {}
      declare const sub: Sub;
      const a = zeros(3);
      const n: NDArray | null = Math.random() > 0.5 ? a : null;
      const x: any = 1; const u: unknown = 1; const k = 3;
      const list = [a, a];
      const obj = { w: a, s: 1 };
      const s = sub;
    `);
    expect(isNDArrayType(types.get("a")!, checker)).toBe(true);
    expect(isNDArrayType(types.get("n")!, checker)).toBe(true);
    expect(isNDArrayType(types.get("s")!, checker)).toBe(true);
    expect(isNDArrayType(types.get("x")!, checker)).toBe(false);
    expect(isNDArrayType(types.get("u")!, checker)).toBe(false);
    expect(isNDArrayType(types.get("k")!, checker)).toBe(false);
    expect(isNDArrayType(types.get("list")!, checker)).toBe(false);
    expect(mayHoldNDArray(types.get("list")!, checker)).toBe(true);
    expect(mayHoldNDArray(types.get("obj")!, checker)).toBe(true);
    expect(mayHoldNDArray(types.get("k")!, checker)).toBe(false);
  });
  it("reads effect tags of calls", () => {
    const { checker, calls } = check(`
      import { zeros } from "ndalias";
      const a = zeros(3);
      a.fill(1);
    `);
    const kinds = calls.map((c) => effectsOf(c, checker).map((t) => t.kind).join(" "));
    expect(kinds).toContain("create");
    expect(kinds.some((k) => k.includes("write"))).toBe(true);
  });
});
