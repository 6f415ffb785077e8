// Site helpers: own-frame detection and the names read from source lines for evidence.
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import { declaredNameAt, isOwnFrame, mapPosition, receiverAt } from "../../src/trace/sites.js";

const ROOT = resolve(import.meta.dirname, "..", "..");

test("frames of the runtime and the tracer (src and dist) are the package's own; others are not", () => {
  expect(isOwnFrame(join(ROOT, "src/runtime/ndarray.ts"))).toBe(true);
  expect(isOwnFrame(join(ROOT, "dist/src/runtime/ndarray.js"))).toBe(true);
  expect(isOwnFrame(join(ROOT, "dist/src/trace/recorder.js"))).toBe(true);
  expect(isOwnFrame("/app/node_modules/ndalias/dist/src/runtime/storage.js")).toBe(true);
  expect(isOwnFrame(join(ROOT, "examples/particle-step.ts"))).toBe(false);
  expect(isOwnFrame(join(ROOT, "src/cli/demo.ts"))).toBe(false);
  expect(isOwnFrame("/app/src/runtime-helpers.ts")).toBe(false);
});

test("a position without a source map is returned as is (file URLs become paths)", () => {
  expect(mapPosition("file:///nowhere/app.mjs", 3, 7)).toEqual({ file: "/nowhere/app.mjs", line: 3, column: 7 });
});

test.each([
  ["console.log(prices.tolist());", "tolist", "prices"],
  ["  curves[i].idiv(curves[i].max());", "idiv", "curves[i]"],
  ["this.weights.imul(k);", "imul", "this.weights"],
  ["state.vel.fill(0);", "fill", "state.vel"],
  ["display.slice(\"1:3\").fill(0);", "fill", null],
  ["foo();", "foo", null],
])("receiverAt(%j) at %s", (text, at, want) => {
  expect(receiverAt(text, text.indexOf(at) + 1)).toBe(want);
});

test.each([
  ["const s = a.slice(\"1:3\");", "slice", "s"],
  ["for (let i = 0; i < 3; i++) { const v = a.slice(i); }", "slice", "v"],
  ["const w: Window = makeWindow();", "makeWindow", "w"],
  ["let q = 1; q = a.view();", "view", "q"],
  ["this.buf = zeros(3);", "zeros", "this.buf"],
  ["if (a == b.copy()) {", "copy", null],
  ["use(a.T);", "T", null],
])("declaredNameAt(%j) at %s", (text, at, want) => {
  expect(declaredNameAt(text, text.indexOf(at) + 1)).toBe(want);
});
