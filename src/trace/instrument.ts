/**
 * Call-site marks: a source transform that lets the tracer know the site of a
 * runtime operation without walking the stack.
 *
 * A stack capture costs about 2 µs, twenty times an element `get`, so an
 * element loop traced by stack walks runs some 100 times slower. Instead, the
 * trace loader (`loader.ts`) rewrites each user module as it loads: every call
 * of a method or function named like one of the runtime's gets a numeric site
 * id, set just before the call starts and cleared when it returns:
 *
 *     b.set(i, v)    →  E(b.set(i, S(7, v)))
 *     a.copy()       →  E(S(8, a).copy())
 *     const t = a.T  →  const t = E(S(9, a).T)
 *
 * where `S` is `(globalThis.__ndalias$s||((i,v)=>v))`, which sets the
 * pending site and returns its second argument, and `E` is
 * `(globalThis.__ndalias$e||(v=>v))`, which clears it and returns its
 * argument. Without the tracer's functions (a worker thread started without
 * the preload module, a function serialised with `toString()` and run
 * elsewhere, such as a browser page) the marks do nothing.
 *
 * The mark is set after everything the call evaluates first (receiver and
 * arguments), so nested calls in the arguments cannot overwrite it; the
 * runtime's first hook of the operation takes it. Calls that do not reach
 * the runtime (a `Map#set`) leave it set until their `E` clears
 * it. Anything not marked (optional chains, computed names, implicit calls)
 * falls back to a stack walk, so the marks only ever make tracing faster.
 *
 * The site of a mark is where V8 puts the call in a stack trace: the property
 * name of a member call or getter, the callee name of a plain call. Inserted
 * text never contains a line break, so lines are unchanged; `shifts` lets the
 * tracer move a stack frame's column back to the untransformed source.
 */
import { parse } from "acorn";

/** The result of {@link instrument}. */
export interface Instrumented {
  /** The transformed source. */
  code: string;
  /** Per site id (from `firstId`): its line and column (1-based) in the input, as pairs. */
  sites: number[];
  /** Per line (1-based) with inserted text: [line, column0, length, column0, length, ...] in input columns, ascending. */
  shifts: number[][];
}

/** What to mark: member or plain calls of `calls`, and reads of the getters in `getters`. */
export interface MarkNames {
  calls: ReadonlySet<string>;
  getters: ReadonlySet<string>;
}

/** Opens a mark that sets the pending site (the id and a comma follow). */
export const MARK_SITE = "(globalThis.__ndalias$s||((i,v)=>v))(";
/** Opens a mark that clears the pending site when the call it wraps returns. */
export const MARK_END = "(globalThis.__ndalias$e||(v=>v))(";

interface Edit {
  pos: number;
  text: string;
  /** A closing parenthesis (else an opening call). */
  close: boolean;
  span: number;
  /** Order of creation: an outer wrapper is created before an inner one of the same span. */
  seq: number;
}

type Node = { type: string; start: number; end: number; [k: string]: unknown };

function isNode(x: unknown): x is Node {
  return typeof x === "object" && x !== null && typeof (x as { type?: unknown }).type === "string";
}

/** Parents under which a getter read is a plain value (never an assignment target or pattern). */
const VALUE_SLOTS = new Set([
  "VariableDeclarator.init",
  "CallExpression.arguments",
  "NewExpression.arguments",
  "MemberExpression.object",
  "ReturnStatement.argument",
  "AssignmentExpression.right",
  "ArrowFunctionExpression.body",
  "ConditionalExpression.consequent",
  "ConditionalExpression.alternate",
  "ArrayExpression.elements",
  "BinaryExpression.left",
  "BinaryExpression.right",
  "ExpressionStatement.expression",
]);

/**
 * Marks the calls of `names` in `source` (an ES module or script in plain
 * JavaScript), numbering sites from `firstId`. Null when the source does not
 * parse or has nothing to mark.
 */
export function instrument(source: string, names: MarkNames, firstId: number, sourceType: "module" | "script" = "module"): Instrumented | null {
  let ast: Node;
  try {
    ast = parse(source, {
      ecmaVersion: "latest",
      sourceType,
      locations: false,
      preserveParens: true,
      allowHashBang: true,
      allowReturnOutsideFunction: sourceType === "script",
      allowAwaitOutsideFunction: true,
    }) as unknown as Node;
  } catch {
    return null;
  }
  const edits: Edit[] = [];
  const sitePos: number[] = [];
  const open = (pos: number, end: number, text: string): void => {
    edits.push({ pos, text, close: false, span: end - pos, seq: edits.length });
    edits.push({ pos: end, text: ")", close: true, span: end - pos, seq: edits.length });
  };
  const markCall = (call: Node): void => {
    const callee = call["callee"] as Node;
    const args = call["arguments"] as Node[];
    let sitePosition: number;
    let member: Node | null = null;
    if (callee.type === "MemberExpression" && callee["computed"] === false && !(callee["optional"] as boolean)) {
      const prop = callee["property"] as Node;
      if (prop.type !== "Identifier" || !names.calls.has(prop["name"] as string)) return;
      member = callee;
      sitePosition = prop.start;
    } else if (callee.type === "Identifier" && names.calls.has(callee["name"] as string)) {
      sitePosition = callee.start;
    } else return;
    const id = firstId + sitePos.length;
    if (args.length > 0) {
      let last = args[args.length - 1]!;
      if (last.type === "SpreadElement") last = last["argument"] as Node;
      open(last.start, last.end, `${MARK_SITE}${id},`);
    } else if (member !== null && (member["object"] as Node).type !== "Super") {
      const obj = member["object"] as Node;
      open(obj.start, obj.end, `${MARK_SITE}${id},`);
    } else return;
    sitePos.push(sitePosition);
    open(call.start, call.end, MARK_END);
  };
  const markGetter = (m: Node): void => {
    const prop = m["property"] as Node;
    const obj = m["object"] as Node;
    if (m["computed"] !== false || (m["optional"] as boolean) || prop.type !== "Identifier" || obj.type === "Super") return;
    if (!names.getters.has(prop["name"] as string)) return;
    const id = firstId + sitePos.length;
    sitePos.push(prop.start);
    open(m.start, m.end, MARK_END);
    open(obj.start, obj.end, `${MARK_SITE}${id},`);
  };
  // iterative walk; `chain`: on the callee/object spine of an optional chain, where wrapping would break short-circuiting
  const stack: { node: Node; slot: string; chain: boolean }[] = [{ node: ast, slot: "", chain: false }];
  while (stack.length > 0) {
    const { node, slot, chain } = stack.pop()!;
    if (!chain) {
      if (node.type === "CallExpression" && node["optional"] !== true) markCall(node);
      else if (node.type === "MemberExpression" && VALUE_SLOTS.has(slot)) markGetter(node);
    }
    for (const key of Object.keys(node)) {
      if (key === "type" || key === "start" || key === "end") continue;
      const v = node[key];
      const childSlot = `${node.type}.${key}`;
      const spine =
        node.type === "ChainExpression" ||
        (chain && ((node.type === "MemberExpression" && key === "object") || (node.type === "CallExpression" && key === "callee") || node.type === "ParenthesizedExpression"));
      if (Array.isArray(v)) {
        for (let i = v.length - 1; i >= 0; i--) if (isNode(v[i])) stack.push({ node: v[i] as Node, slot: childSlot, chain: false });
      } else if (isNode(v)) stack.push({ node: v, slot: childSlot, chain: spine });
    }
  }
  if (sitePos.length === 0) return null;
  // at one position: closings (all alike) before openings, openings outer first
  edits.sort((x, y) => x.pos - y.pos || (x.close !== y.close ? (x.close ? -1 : 1) : x.close ? 0 : y.span - x.span || x.seq - y.seq));
  // line starts, for positions → (line, column)
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10 || (ch === 13 && source.charCodeAt(i + 1) !== 10) || ch === 0x2028 || ch === 0x2029) lineStarts.push(i + 1);
  }
  const lineOf = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const sites: number[] = [];
  for (const p of sitePos) {
    const l = lineOf(p);
    sites.push(l + 1, p - lineStarts[l]! + 1);
  }
  const parts: string[] = [];
  const shifts: number[][] = [];
  let at = 0;
  let cur: number[] | null = null;
  for (const e of edits) {
    parts.push(source.slice(at, e.pos), e.text);
    at = e.pos;
    const l = lineOf(e.pos);
    if (cur === null || cur[0] !== l + 1) {
      cur = [l + 1];
      shifts.push(cur);
    }
    cur.push(e.pos - lineStarts[l]!, e.text.length);
  }
  parts.push(source.slice(at));
  return { code: parts.join(""), sites, shifts };
}
