import { afterAll, describe, it } from "vitest";
import { RuleTester } from "@typescript-eslint/rule-tester";
import { fileURLToPath } from "node:url";
import path from "node:path";
import rule from "../../rules/no-lost-write.js";

RuleTester.afterAll = afterAll;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describe = describe;

const tsconfigRootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { project: "./tsconfig.json", tsconfigRootDir } },
});

ruleTester.run("no-lost-write", rule, {
  valid: [
    { code: `import { zeros } from "ndalias";\nconst a = zeros(4);\na.slice("1:3").fill(0);\nconsole.log(a.sum());` },
    { code: `import { zeros } from "ndalias";\nconst a = zeros(4);\nconst b = a.copy().fill(0);\nconsole.log(b.sum());` },
    { code: `import { zeros } from "ndalias";\nzeros(4).fill(1);` },
  ],
  invalid: [
    {
      code: `import { zeros } from "ndalias";\nconst a = zeros(4);\na.take([0, 2]).fill(0);\nconsole.log(a.sum());`,
      errors: [{ messageId: "lostWrite", line: 3 }],
    },
    {
      code: `import { zeros } from "ndalias";\nconst a = zeros(4);\na.flatten().set(0, 1);`,
      errors: [{ messageId: "lostWrite", line: 3 }],
    },
  ],
});
