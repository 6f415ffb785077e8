/**
 * The parts of the `typescript` API the analysis calls, read once. `typescript` exports every
 * enum and function through a getter, run on each `ts.isIdentifier(n)` or `ts.SyntaxKind.X`: a
 * syntactic walk over the 400 files of `npm run bench:lint` took 15 ms through them and 3 ms with
 * them read once here.
 */
import { createRequire } from "node:module";
import type * as TS from "typescript";

// Loaded through `require`, not `import`: Node imports a CommonJS module into ESM only after
// scanning its source for export names, and `typescript.js` is 9 MB (a quarter of a second).
const ts = createRequire(import.meta.url)("typescript") as typeof TS;

export const NodeFlags = ts.NodeFlags;
export const ObjectFlags = ts.ObjectFlags;
export const SK = ts.SyntaxKind;
export const SymbolFlags = ts.SymbolFlags;
export const TypeFlags = ts.TypeFlags;
export const {
  canHaveModifiers,
  forEachChild,
  getJSDocTags,
  getModifiers,
  getTextOfJSDocComment,
  isArrayLiteralExpression,
  isArrayTypeNode,
  isArrowFunction,
  isAsExpression,
  isBigIntLiteral,
  isBinaryExpression,
  isBlock,
  isCallExpression,
  isCaseClause,
  isClassDeclaration,
  isClassExpression,
  isClassLike,
  isClassStaticBlockDeclaration,
  isComputedPropertyName,
  isConditionalExpression,
  isConstructorDeclaration,
  isConstructorTypeNode,
  isDoStatement,
  isElementAccessExpression,
  isExportAssignment,
  isExpression,
  isExpressionStatement,
  isForInStatement,
  isForOfStatement,
  isForStatement,
  isFunctionDeclaration,
  isFunctionExpression,
  isFunctionLike,
  isFunctionTypeNode,
  isGetAccessorDeclaration,
  isIdentifier,
  isIfStatement,
  isInterfaceDeclaration,
  isIntersectionTypeNode,
  isIterationStatement,
  isLabeledStatement,
  isLiteralTypeNode,
  isMethodDeclaration,
  isMethodSignature,
  isModuleBlock,
  isModuleDeclaration,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isNonNullExpression,
  isNumericLiteral,
  isObjectBindingPattern,
  isObjectLiteralExpression,
  isOmittedExpression,
  isParameter,
  isParameterPropertyDeclaration,
  isParenthesizedExpression,
  isParenthesizedTypeNode,
  isPostfixUnaryExpression,
  isPrefixUnaryExpression,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isPropertySignature,
  isReturnStatement,
  isSatisfiesExpression,
  isSetAccessorDeclaration,
  isShorthandPropertyAssignment,
  isSourceFile,
  isSpreadAssignment,
  isSpreadElement,
  isStringLiteral,
  isTemplateExpression,
  isTemplateLiteralTypeNode,
  isTupleTypeNode,
  isTypeAssertionExpression,
  isTypeLiteralNode,
  isTypeReferenceNode,
  isUnionTypeNode,
  isVariableDeclaration,
  isVariableDeclarationList,
  isVariableStatement,
  isWhileStatement,
} = ts;
