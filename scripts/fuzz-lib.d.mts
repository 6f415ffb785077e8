// Types for scripts/fuzz-lib.mjs (used from test/plugin/fuzz.test.ts).
import type { ESLint, Linter } from "eslint";

export function rng(seed: number): () => number;
export function seedPrograms(root: string): Array<{ name: string; text: string }>;
export function mutate(src: string, r: () => number): string;
export function mutantProgram(seed: number, bases: Array<{ name: string; text: string }>): { code: string; from: string };
export function eslumpProgram(seed: number): { code: string; kind: "eslump-module" | "eslump-function" | "eslump-unparsed"; spliced: number; renamed: number };
export function writeWorkspace(dir: string, root: string): void;
export function fuzzConfig(dir: string, tsParser: unknown, plugin: unknown): Linter.Config[];
export type LintStatus = "ok" | "crash" | "broken-fix" | "unparsed" | "fatal";
export function lintOne(eslint: ESLint, file: string, code: string): Promise<{ status: LintStatus; error?: string; findings: number; fixed: boolean }>;
