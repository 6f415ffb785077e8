// Builds a small network graph: modules with parameter tensors, a residual block wired to itself, and object-dtype routing tables.
import { ones, zeros, empty, NDArray } from "ndalias";

class Module {
  weight: NDArray;
  parent: Module | null = null;

  constructor(
    readonly name: string,
    size: number,
  ) {
    this.weight = ones(size);
  }

  paramCount(): number {
    return this.weight.size;
  }
}

class Residual extends Module {
  shortcut: Module;

  constructor(name: string, size: number) {
    super(name, size);
    this.shortcut = this; // expect: no-reference-cycle
  }

  paramCount(): number {
    return this.shortcut === this ? this.weight.size : this.weight.size + this.shortcut.paramCount();
  }
}

class Sequential extends Module {
  readonly children: Module[] = [];

  constructor(name: string, ...children: Module[]) {
    super(name, 0);
    this.children.push(...children);
  }

  paramCount(): number {
    return this.children.reduce((n, c) => n + c.paramCount(), 0);
  }
}

function buildRoutingTables(width: number): [NDArray, NDArray] {
  const forward = empty(2, "object");
  const backward = empty(2, "object");
  forward.set(0, zeros(width));
  backward.set(0, zeros(width));
  forward.set(1, backward);
  backward.set(1, forward); // expect: no-reference-cycle
  return [forward, backward];
}

const stem = new Module("stem", 16);
const block = new Residual("block1", 16);
const head = new Module("head", 4);
head.parent = block;
block.parent = stem;

const net = new Sequential("net", stem, block, head);
console.log("parameters:", net.paramCount(), "head parent:", head.parent?.name);

const [fwd, bwd] = buildRoutingTables(4);
console.log("routing tables:", fwd.size, bwd.size);
