/**
 * What the rules share: the per-file analysis (run once per file and program, whichever of the
 * three rules asks first), messages, and the `.copy()` fixes.
 */
import type ts from "typescript";
// The `eslint-utils` entry alone: the package's main entry also loads `ts-eslint` and `ast-utils`,
// about 100 ms at every ESLint start that this plugin does not use (docs/analysis.md, "Cost").
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { getParserServices } from "@typescript-eslint/utils/eslint-utils";
import { analyzeSourceFile, type Evidence, type FileFindings, type MutationFinding } from "./dataflow.js";
import {
  SK,
  isCallExpression,
  isElementAccessExpression,
  isIdentifier,
  isNonNullExpression,
  isParameter,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isShorthandPropertyAssignment,
  isSourceFile,
} from "./tsapi.js";

const results = new WeakMap<ts.Program, WeakMap<ts.SourceFile, FileFindings>>();

/** The findings of the file being linted (computed once per program and file). */
export function fileFindings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): {
  findings: FileFindings;
  sourceFile: ts.SourceFile;
} {
  const services = getParserServices(context);
  const program = services.program;
  const sourceFile = services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast) as ts.SourceFile;
  let perProgram = results.get(program);
  if (!perProgram) {
    perProgram = new WeakMap();
    results.set(program, perProgram);
  }
  let findings = perProgram.get(sourceFile);
  if (!findings) {
    findings = analyzeSourceFile(program, sourceFile);
    perProgram.set(sourceFile, findings);
  }
  return { findings, sourceFile };
}

export function lineOf(node: ts.Node): number {
  const sf = node.getSourceFile();
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}

/** ESLint location of a TypeScript node. */
export function locOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, node: ts.Node): TSESTree.SourceLocation {
  const sf = node.getSourceFile();
  return {
    start: context.sourceCode.getLocFromIndex(node.getStart(sf)),
    end: context.sourceCode.getLocFromIndex(node.getEnd()),
  };
}

function quote(name: string): string {
  if (name.startsWith("the caller's")) return name;
  if (name.endsWith("[]")) return `an element of \`${name.slice(0, -2)}\``;
  return `\`${name}\``;
}

/** The message data shared by `no-alias-mutation` and `no-view-mutation`. */
export function evidenceData(writer: string | null, ev: Evidence, view: boolean): Record<string, string> {
  const other = quote(ev.other);
  const who = writer ? quote(writer).replace(/^an element/, "An element") : "This array";
  let made: string;
  if (ev.madeAt && (isParameter(ev.madeAt) || isSourceFile(ev.madeAt))) made = "through a parameter";
  else if (ev.madeAt) made = `${view ? "a view made" : "an alias made"} on line ${lineOf(ev.madeAt)}`;
  else made = view ? "through a view" : "through an alias";
  let read: string;
  if (ev.otherIsCaller) read = `the caller sees after this function returns (line ${lineOf(ev.readAt)})`;
  else if (ev.atExit) read = `outlives this function (it returns on line ${lineOf(ev.readAt)})`;
  else read = `is read on line ${lineOf(ev.readAt)}`;
  return { writer: who, other, made, read, line: String(ev.fix ? lineOf(ev.fix) : 0) };
}

function needsParens(e: ts.Expression): boolean {
  return !(
    isIdentifier(e) || isPropertyAccessExpression(e) || isElementAccessExpression(e) ||
    isCallExpression(e) || isParenthesizedExpression(e) || e.kind === SK.ThisKeyword ||
    isNonNullExpression(e)
  );
}

/** The `.copy()` fix for an evidence, or null when there is none. */
export function copyFix(ev: Evidence): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | null {
  const target = ev.fix;
  if (!target) return null;
  const sf = target.getSourceFile();
  if (isShorthandPropertyAssignment(target)) {
    const name = target.name.text;
    const range: [number, number] = [target.name.getStart(sf), target.name.getEnd()];
    if (target.objectAssignmentInitializer) return null;
    return (fixer) => [fixer.replaceTextRange(range, `${name}: ${name}.copy()`)];
  }
  const start = target.getStart(sf);
  const end = target.getEnd();
  if (needsParens(target)) {
    return (fixer) => [fixer.insertTextBeforeRange([start, start], "("), fixer.insertTextAfterRange([end, end], ").copy()")];
  }
  return (fixer) => [fixer.insertTextAfterRange([end, end], ".copy()")];
}

/**
 * Reports the mutation findings of one rule: `no-view-mutation` takes those with view evidence,
 * `no-alias-mutation` the rest. Each carries the `.copy()` fix, also offered as a suggestion.
 */
export function reportMutations<M extends string>(
  context: Readonly<TSESLint.RuleContext<M, readonly unknown[]>>,
  view: boolean,
  messageId: M,
  suggestId: M,
): void {
  const { findings } = fileFindings(context);
  for (const f of findings.mutations) {
    const ev = pick(f, view);
    if (!ev) continue;
    const data = evidenceData(f.writer, ev, view);
    const fix = copyFix(ev);
    // The autofix only where the copy ends every sharing of this write the rule reports; otherwise
    // it stays a suggestion.
    const whole = !ev.partial;
    context.report({
      loc: locOf(context, f.write),
      messageId,
      data,
      ...(fix ? { ...(whole ? { fix } : {}), suggest: [{ messageId: suggestId, data, fix }] } : {}),
    });
  }
}

function pick(f: MutationFinding, view: boolean): Evidence | null {
  if (view) return f.view;
  return f.view ? null : f.alias;
}
