/**
 * Shared by the RuleTester suites in test/rules: locating a case's lines by a needle, applying the
 * expected fix text, a rule wrapper that drops fixes/suggestions, and a strict type-check of every
 * case against the fixture project.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { RuleTester } from "@typescript-eslint/rule-tester";

// @typescript-eslint/rule-tester carries its own @typescript-eslint/utils: the RuleModule types
// differ only nominally.
export type TesterRule = Parameters<RuleTester["run"]>[1];

export function asTesterRule(rule: unknown): TesterRule {
  return rule as TesterRule;
}

/** A RuleTester on vitest with typed linting of the fixture project (test/fixtures, `paths` to src). */
export function typedRuleTester(): { ruleTester: RuleTester; tsconfigRootDir: string } {
  RuleTester.afterAll = afterAll;
  RuleTester.it = it;
  RuleTester.itOnly = it.only;
  RuleTester.describe = describe;
  const tsconfigRootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
  const ruleTester = new RuleTester({
    languageOptions: { parserOptions: { project: "./tsconfig.json", tsconfigRootDir } },
  });
  return { ruleTester, tsconfigRootDir };
}

/** The offset of `needle`, which must occur exactly once in `code` (else the test itself is wrong). */
export function once(code: string, needle: string): number {
  const i = code.indexOf(needle);
  if (i < 0 || code.indexOf(needle, i + 1) >= 0) {
    throw new Error(`test bug: ${JSON.stringify(needle)} must occur exactly once in:\n${code}`);
  }
  return i;
}

/** The 1-based line of the one occurrence of `needle`. */
export function lineOf(code: string, needle: string): number {
  return code.slice(0, once(code, needle)).split("\n").length;
}

export function replaceOnce(code: string, from: string, to: string): string {
  const i = once(code, from);
  return code.slice(0, i) + to + code.slice(i + from.length);
}

/** The rule with its reports' suggestions (and optionally fixes) removed, for finding-only cases. */
export function withoutExtras<R extends { create: (context: any) => any }>(r: R, dropFix: boolean): R {
  return {
    ...r,
    create(context: any) {
      const proxy = new Proxy(
        {},
        {
          get(_t, p) {
            if (p === "report") {
              return (d: any) =>
                context.report({ ...d, suggest: undefined, ...(dropFix ? { fix: undefined } : {}) });
            }
            const v = Reflect.get(context, p, context);
            return typeof v === "function" ? v.bind(context) : v;
          },
        },
      );
      return r.create(proxy);
    },
  };
}

/** Type errors of each code (as a file of the fixture project in `rootDir`), with the code. */
export function typeCheck(codes: string[], rootDir: string): string[] {
  const cfgPath = path.join(rootDir, "tsconfig.json");
  const cfg = ts.readConfigFile(cfgPath, ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(cfg, ts.sys, rootDir);
  const files = new Map<string, string>();
  codes.forEach((c, i) => files.set(path.join(rootDir, `__case_${i}.ts`), c));
  const ambient = path.join(rootDir, "__ambient.d.ts");
  files.set(ambient, "declare const console: { log(...args: unknown[]): void };\n");
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) =>
    files.has(path.resolve(f)) ? ts.createSourceFile(f, files.get(path.resolve(f))!, lang) : getSourceFile(f, lang, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => files.has(path.resolve(f)) || fileExists(f);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => files.get(path.resolve(f)) ?? readFile(f);
  const program = ts.createProgram([...files.keys()], parsed.options, host);
  const out: string[] = [];
  for (const [f, code] of files) {
    const sf = program.getSourceFile(f)!;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
      out.push(`${ts.flattenDiagnosticMessageText(d.messageText, "\n")} (line ${line + 1}) in:\n${code}`);
    }
  }
  return out;
}

export interface Valid { name: string; code: string }
export interface Finding { name: string; code: string; lines: number[]; output?: string; otherFindings?: string }

/**
 * Where a suite's cases go, each code prefixed with the imports `header`: `ok` valid code;
 * `fixed` one finding per needle in `at` (each the start of a write) whose fix replaces `from` by
 * `to`, the fixed output also a valid case (`otherFindings`: why it still has another ndalias
 * rule's finding, else it must not); `noFix` findings without an autofix; `detect` findings where
 * API.md does not pin the fix site (only messageId and line are asserted).
 */
export function caseRegistry(header: string) {
  const valid: Valid[] = [];
  const fixedCases: Finding[] = [];
  const noFixCases: Finding[] = [];
  const detectCases: Finding[] = [];
  const at = (code: string, needles: string[]) => needles.map((n) => lineOf(code, n));
  return {
    valid, fixedCases, noFixCases, detectCases,
    ok(name: string, body: string): void {
      valid.push({ name, code: header + body });
    },
    fixed(name: string, body: string, needles: string[], from: string, to: string, otherFindings?: string): void {
      const code = header + body;
      const output = replaceOnce(code, from, to);
      fixedCases.push({ name, code, lines: at(code, needles), output, otherFindings });
      valid.push({ name: `fixed: ${name}`, code: output });
    },
    noFix(name: string, body: string, needles: string[]): void {
      const code = header + body;
      noFixCases.push({ name, code, lines: at(code, needles) });
    },
    detect(name: string, body: string, needles: string[]): void {
      const code = header + body;
      detectCases.push({ name, code, lines: at(code, needles) });
    },
  };
}

function dedup<T extends { code: string }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.code) ? false : (seen.add(x.code), true)));
}

/**
 * Runs a suite's registered cases: valid and fixed cases (with `output` and the suggestion),
 * no-autofix cases (suggestions not asserted), finding-only cases (fix and suggestions not
 * asserted), every fixed output clean under `otherRules`, and every case type-checked.
 */
export function runCaseSuites(
  ruleTester: RuleTester, tsconfigRootDir: string, name: string, rule: TesterRule,
  cases: ReturnType<typeof caseRegistry>, ids: { messageId: string; suggestionId: string; noFixLabel?: string },
  otherRules: Record<string, TesterRule>,
): void {
  const { valid, fixedCases, noFixCases, detectCases } = cases;
  const { messageId } = ids;
  ruleTester.run(name, rule, {
    valid: dedup(valid),
    invalid: fixedCases.map((c) => ({
      name: c.name,
      code: c.code,
      output: c.output!,
      errors: c.lines.map((line) => ({ messageId, line, suggestions: [{ messageId: ids.suggestionId, output: c.output! }] })),
    })) as any,
  });
  if (noFixCases.length > 0) {
    ruleTester.run(`${name} (${ids.noFixLabel ?? "no autofix"})`, withoutExtras(rule, false), {
      valid: [],
      invalid: noFixCases.map((c) => ({
        name: c.name, code: c.code, output: null, errors: c.lines.map((line) => ({ messageId, line })),
      })) as any,
    });
  }
  ruleTester.run(`${name} (findings only)`, withoutExtras(rule, true), {
    valid: [],
    invalid: detectCases.map((c) => ({ name: c.name, code: c.code, errors: c.lines.map((line) => ({ messageId, line })) })) as any,
  });
  // Fixed outputs are clean under the other ndalias rules too (the autofix leaves no finding),
  // except where a case says the other finding is expected.
  for (const [other, otherRule] of Object.entries(otherRules)) {
    ruleTester.run(`${name}: fixed outputs are clean under ${other}`, otherRule, {
      valid: dedup(fixedCases.filter((c) => !c.otherFindings).map((c) => ({ name: `fixed: ${c.name}`, code: c.output! }))),
      invalid: [],
    });
  }
  // The cases themselves are realistic code: every one type-checks under the fixture's strict
  // tsconfig (with `console` declared, as @types/node would).
  describe(`${name} test cases type-check`, () => {
    it("all cases and fixed outputs", () => {
      const all = [...valid, ...fixedCases, ...noFixCases, ...detectCases].map((c) => c.code);
      expect(typeCheck(all, tsconfigRootDir)).toEqual([]);
    });
  });
}
