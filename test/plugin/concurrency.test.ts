// ESLint's multithreaded linting (--concurrency) must give the same typed
// results as serial linting: each worker builds its own TypeScript program and
// the rules keep no state across files. Linted: the labelled corpus (plenty of
// findings, so the comparison is not trivially equal) and the examples.
import { afterAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const eslintBin = join(root, "node_modules", "eslint", "bin", "eslint.js");
const config = join(root, "test", "plugin", "lint.config.mjs");
const corpus = join(root, "..", "shared", "corpus", "lint");
const work = join(root, "test", "plugin", `.tmp-concurrency-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function files(): string[] {
  const out: string[] = [];
  mkdirSync(work, { recursive: true });
  // inside the package: "ndalias" resolves by self-reference to dist/ (built by npm test)
  writeFileSync(join(work, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", lib: ["ES2022", "ESNext.Disposable"], module: "NodeNext", moduleResolution: "NodeNext",
      strict: true, noEmit: true, skipLibCheck: true, types: ["node"] },
    include: ["*.ts"],
  }));
  if (existsSync(corpus)) {
    for (const f of readdirSync(corpus).sort()) if (f.endsWith(".ts")) { copyFileSync(join(corpus, f), join(work, f)); out.push(relative(root, join(work, f))); }
  } else console.warn(`corpus not found at ${corpus}: linting the examples only`);
  const examples = join(root, "examples");
  if (existsSync(examples)) for (const f of readdirSync(examples).sort()) if (f.endsWith(".ts")) out.push(relative(root, join(examples, f)));
  return out;
}

interface Result { filePath: string; messages: Array<{ ruleId: string | null; line: number; column: number; message: string; fatal: boolean }> }

function lint(concurrency: string, list: string[]): Result[] {
  let out: string;
  try {
    out = execFileSync("node", [eslintBin, "--no-config-lookup", "-c", config, `--concurrency=${concurrency}`, "-f", "json", ...list],
      { cwd: root, encoding: "utf8", maxBuffer: 256 << 20 });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    if (err.status !== 1) throw new Error(`eslint --concurrency=${concurrency} exited ${err.status}: ${err.stderr}`);
    out = String(err.stdout ?? "");
  }
  const results = JSON.parse(out) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
  return results
    .map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => ({ ruleId: m.ruleId as string | null, line: m.line as number, column: m.column as number, message: m.message as string, fatal: Boolean(m.fatal) })),
    }))
    .sort((a, b) => a.filePath.localeCompare(b.filePath));
}

describe("concurrent linting", () => {
  it("--concurrency=2 gives the same results as --concurrency=off", () => {
    const list = files();
    expect(list.length).toBeGreaterThan(3);
    const serial = lint("off", list);
    const parallel = lint("2", list);
    expect(serial.length).toBe(list.length);
    const all = serial.flatMap((r) => r.messages);
    expect(all.filter((m) => m.fatal), "no file failed to parse or load types").toEqual([]);
    expect(all.filter((m) => m.ruleId?.startsWith("ndalias/")).length, "the rules reported something to compare").toBeGreaterThan(0);
    expect(parallel).toEqual(serial);
  }, 300_000);
});
