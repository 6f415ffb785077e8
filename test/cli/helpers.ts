// Helpers for end-to-end tests of the built CLI (`npm test` builds first).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CLI = join(ROOT, "dist", "src", "cli", "main.js");
export const REGISTER = join(ROOT, "dist", "src", "trace", "register.js");
export const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

export function requireBuild(): void {
  if (!existsSync(CLI) || !existsSync(REGISTER)) {
    throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does)`);
  }
}

/** A fresh directory inside the repository's git-ignored tmp/, so `import "ndalias"` resolves to dist by self-reference. */
export function sandbox(prefix: string): string {
  mkdirSync(join(ROOT, "tmp"), { recursive: true });
  return mkdtempSync(join(ROOT, "tmp", `${prefix}-`));
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a child: no inherited NODE_OPTIONS, tracer variables or vitest worker state. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === "NODE_OPTIONS" || k.startsWith("NDALIAS_") || k.startsWith("VITEST") || k === "TEST" || k === "FORCE_COLOR" || k === "NO_COLOR") continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

export function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Result {
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(env), encoding: "utf8", timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? (r.signal !== null ? 128 : -1), stdout: r.stdout, stderr: r.stderr };
}

export function cli(args: string[], cwd: string, env: Record<string, string> = {}): Result {
  return run(process.execPath, [CLI, ...args], cwd, env);
}

export function write(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

export function readJson<T>(p: string): T {
  return JSON.parse(readFileSync(p, "utf8")) as T;
}

/** The 1-based line of the first line of `text` containing `marker`. */
export function lineOf(text: string, marker: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(marker));
  if (i < 0) throw new Error(`marker ${marker} not found`);
  return i + 1;
}

/** An `eslint -f json`-shaped report with one finding per [rule, line]. */
export function lintReport(file: string, findings: [string, number][]): unknown[] {
  return [
    {
      filePath: file,
      messages: findings.map(([rule, line]) => ({ ruleId: `ndalias/${rule}`, severity: 2, message: `${rule} finding`, line, column: 1, nodeType: "CallExpression" })),
      errorCount: findings.length,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      source: "",
    },
  ];
}
