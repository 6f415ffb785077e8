import { afterAll, describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "@typescript-eslint/parser";
import plugin from "../../src/eslint-plugin.js";
import tsParser from "@typescript-eslint/parser";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const corpus = join(root, "..", "shared", "corpus", "lint");
const work = join(root, "test", "plugin", `.fuzz-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(src: string, r: () => number): string {
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
      const a = ids[Math.floor(r() * ids.length)], b = ids[Math.floor(r() * ids.length)];
      if (a && b) lines[i] = (lines[i] ?? "").replace(new RegExp(`\\b${a}\\b`, "g"), b);
    }
  }
  return lines.join("\n");
}

function seeds(): string[] {
  const out: string[] = [];
  if (existsSync(corpus)) for (const f of readdirSync(corpus)) out.push(readFileSync(join(corpus, f), "utf8"));
  else console.warn("corpus absent: fuzzing repo programs only");
  for (const dir of ["examples", "test/rules", "test/plugin/fixtures"]) {
    const abs = join(root, dir);
    if (existsSync(abs)) for (const f of readdirSync(abs)) if (f.endsWith(".ts")) out.push(readFileSync(join(abs, f), "utf8"));
  }
  return out;
}

describe("crash freedom", () => {
  it("150 seeded mutants: no rule exception, fixes keep parsing", async () => {
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, "tsconfig.json"), JSON.stringify({
      compilerOptions: { target: "ES2022", lib: ["ES2022", "ESNext.Disposable"], module: "NodeNext", moduleResolution: "NodeNext",
        strict: true, noEmit: true, skipLibCheck: true, baseUrl: ".", paths: { ndalias: ["../../../src/index.ts"] } },
      include: ["*.ts"],
    }));
    const base = seeds();
    expect(base.length).toBeGreaterThan(0);
    const r = rng(12345);
    const names: string[] = [];
    for (let n = 0; n < 150; n++) {
      const name = join(work, `m${n}.ts`);
      writeFileSync(name, mutate(base[n % base.length]!, r));
      names.push(name);
    }
    const eslint = new ESLint({
      cwd: work, overrideConfigFile: true, fix: true,
      overrideConfig: [
        { files: ["**/*.ts"], languageOptions: { parser: tsParser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: work } } },
        plugin.configs.recommended as never,
      ],
    });
    const crashes: string[] = [];
    const broken: string[] = [];
    let linted = 0;
    for (const name of names) {
      try {
        const [res] = await eslint.lintFiles([name]);
        linted++;
        if (res?.output !== undefined) {
          try { parse(res.output, { sourceType: "module" }); } catch (e) { broken.push(`${name}: ${String(e)}`); }
        }
      } catch (e) {
        crashes.push(`${name}: ${(e as Error).stack ?? String(e)}`);
      }
    }
    console.log(`fuzz: ${linted} mutants linted, ${crashes.length} crashes, ${broken.length} broken fixes`);
    expect(crashes).toEqual([]);
    expect(broken).toEqual([]);
  }, 300_000);
});
