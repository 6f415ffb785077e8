// The `eslint-utils` entry alone, not the package's main entry (see report.ts).
import { RuleCreator } from "@typescript-eslint/utils/eslint-utils";

export interface NdaliasRuleDocs {
  description: string;
  recommended: boolean;
  requiresTypeChecking: true;
}

export const createRule = RuleCreator<NdaliasRuleDocs>(
  (name) => `https://github.com/ndalias/ndalias/blob/main/docs/rules/${name}.md`,
);
