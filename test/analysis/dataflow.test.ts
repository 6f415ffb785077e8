// The analysis on code that needs a library's declarations (@types/node): node:events' emitter.
import { afterAll, describe, expect, it } from "vitest";
import ts from "typescript";
import { fileURLToPath } from "node:url";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { analyzeSourceFile } from "../../src/analysis/dataflow.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ndalias-dataflow-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The source texts of the writes the analysis reports as shared-memory findings in `code`. */
function mutationWrites(code: string): string[] {
  return analyze(code).mutations.map((m) => m.write.getText());
}

/** The source texts of the writes the analysis reports as lost (into a copy never read) in `code`. */
function lostWrites(code: string): string[] {
  return analyze(code).lostWrites.map((m) => m.write.getText());
}

function analyze(code: string): ReturnType<typeof analyzeSourceFile> {
  const file = path.join(scratch, `case${fs.readdirSync(scratch).length}.ts`);
  fs.writeFileSync(file, code);
  const program = ts.createProgram([file], {
    strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"], noEmit: true, skipLibCheck: true,
    types: ["node"], typeRoots: [path.join(root, "node_modules", "@types")], paths: { ndalias: [path.join(root, "src", "index.ts")] },
  });
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
  expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  return analyzeSourceFile(program, program.getSourceFile(file)!);
}

describe("node:events: a listener runs where the event is emitted", () => {
  it("a listener that reads a view, registered before a write to the base and emitted after it: a finding", () => {
    expect(mutationWrites(`import { EventEmitter } from "node:events";
import { array } from "ndalias";
const bus = new EventEmitter();
const weights = array([1, 2, 3]);
const intercept = weights.slice("2:");
bus.on("epoch", () => console.log(intercept.tolist()));
weights.isub(1);
bus.emit("epoch");
`)).toEqual(["weights.isub(1)"]);
  });

  it("emitted under another event name, the listener does not run", () => {
    expect(mutationWrites(`import { EventEmitter } from "node:events";
import { array } from "ndalias";
const bus = new EventEmitter();
const weights = array([1, 2, 3]);
const intercept = weights.slice("2:");
bus.on("epoch", () => console.log(intercept.tolist()));
weights.isub(1);
bus.emit("done");
`)).toEqual([]);
  });

  it("a void listener writes what the event gives it, through a destructured parameter: on purpose", () => {
    expect(mutationWrites(`import { EventEmitter } from "node:events";
import { zeros, NDArray } from "ndalias";
const bus = new EventEmitter();
const overlays = [zeros(2), zeros(2)];
bus.on("frame", ({ overlay }: { overlay: NDArray }) => {
  overlay.fill(1);
});
bus.emit("frame", { overlay: overlays[0] });
console.log(overlays.map((o) => o.sum()));
`)).toEqual([]);
  });

  it("a void listener that writes the new array it is emitted with (in a loop): on purpose, no lost write", () => {
    const code = `import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";
const bus = new EventEmitter();
bus.on("batch", (grad: NDArray) => {
  grad.fill(0);
});
for (let i = 0; i < 6; i++) {
  const diff = array([1, 2]).sub(1);
  const grad = diff.mul(2);
  bus.emit("batch", grad);
}
`;
    expect(lostWrites(code)).toEqual([]);
    // the same write into a copy the listener makes itself is lost
    expect(lostWrites(code.replace("grad.fill(0);", "grad.copy().fill(0);"))).toEqual(["grad.copy().fill(0)"]);
  });
});
