// Builds a straight-line tensor IR with use-def information so dead-code elimination can drop instructions whose results are unused.
import { array, zeros, NDArray } from "ndalias";

class Value {
  def: Instr | null = null;
  useCount = 0;
  constructor(
    readonly name: string,
    public data: NDArray,
  ) {}
}

class Instr {
  operands: string[] = [];
  result: Value | null = null;
  next: Instr | null = null;
  live = false;
  constructor(
    readonly opcode: string,
    public attrs: NDArray,
  ) {}
}

class Block {
  head: Instr | null = null;
  tail: Instr | null = null;
  counter = 0;
  readonly values = new Map<string, Value>();

  append(instr: Instr): void {
    if (this.tail === null) {
      this.head = instr;
    } else {
      this.tail.next = instr;
    }
    this.tail = instr;
  }

  *instructions(): Generator<Instr> {
    for (let i = this.head; i !== null; i = i.next) yield i;
  }
}

export function emit(block: Block, opcode: string, attrs: NDArray, operands: string[]): Value {
  const instr = new Instr(opcode, attrs);
  instr.operands = operands;
  for (const name of operands) {
    const used = block.values.get(name);
    if (used) used.useCount += 1;
  }
  const out = new Value(`%${block.counter++}`, zeros(attrs.size));
  instr.result = out;
  out.def = instr; // expect: no-reference-cycle
  block.values.set(out.name, out);
  block.append(instr);
  return out;
}

export function markLive(block: Block, outputs: string[]): number {
  const work = [...outputs];
  let marked = 0;
  while (work.length > 0) {
    const name = work.pop()!;
    const value = block.values.get(name);
    const def = value?.def;
    if (!def || def.live) continue;
    def.live = true;
    marked += 1;
    work.push(...def.operands);
  }
  return marked;
}

export function sweep(block: Block): string[] {
  const removed: string[] = [];
  let prev: Instr | null = null;
  for (let cur = block.head; cur !== null; cur = cur.next) {
    if (cur.live) {
      prev = cur;
      continue;
    }
    removed.push(`${cur.opcode} -> ${cur.result?.name ?? "?"}`);
    if (prev === null) block.head = cur.next;
    else prev.next = cur.next;
    if (block.tail === cur) block.tail = prev;
  }
  return removed;
}

const block = new Block();
const x = emit(block, "const", array([1, 2, 3, 4]), []);
const y = emit(block, "const", array([0.5, 0.5, 0.5, 0.5]), []);
const dead = emit(block, "mul", array([1]), [x.name, y.name]);
const sum = emit(block, "add", array([1]), [x.name, y.name]);
const out = emit(block, "relu", array([0]), [sum.name]);

console.log("emitted:", [...block.instructions()].map((i) => i.opcode).join(" "));
console.log("uses of", dead.name, "=", dead.useCount);

const marked = markLive(block, [out.name]);
const removed = sweep(block);
console.log("live instructions:", marked, "removed:", removed);

for (const instr of block.instructions()) {
  const attrSum = instr.attrs.sum();
  console.log(`  ${instr.result?.name ?? "?"} = ${instr.opcode}(${instr.operands.join(", ")}) attrs=${attrSum}`);
}
