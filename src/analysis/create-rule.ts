import { ESLintUtils } from "@typescript-eslint/utils";

export interface NdaliasRuleDocs {
  description: string;
  recommended: boolean;
  requiresTypeChecking: true;
}

export const createRule = ESLintUtils.RuleCreator<NdaliasRuleDocs>(
  (name) => `https://github.com/ndalias/ndalias/blob/main/docs/rules/${name}.md`,
);
