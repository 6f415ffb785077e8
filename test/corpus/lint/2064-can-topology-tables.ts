// CAN topology map: daisy-chain nodes linked both ways for routing, per-module buffers that never share memory and an object-dtype table of module buffers.
import { array, empty, zeros, NDArray } from "ndalias";

class CanNode {
  readonly address: number;
  readonly label: string;
  prev: CanNode | null = null;
  next: CanNode | null = null;

  constructor(address: number, label: string) {
    this.address = address;
    this.label = label;
  }
}

class ModuleBuffers {
  readonly cells: NDArray;
  readonly temps: NDArray;
  readonly nodeAddress: number;

  constructor(nodeAddress: number, cells: number) {
    this.nodeAddress = nodeAddress;
    this.cells = zeros(cells);
    this.temps = zeros(2);
  }
}

function link(a: CanNode, b: CanNode): void {
  a.next = b;
  b.prev = a;
}

function buildChain(count: number): CanNode {
  const head = new CanNode(0x10, "master");
  let tail = head;
  for (let i = 1; i < count; i++) {
    const node = new CanNode(0x10 + i, `slave-${i}`);
    tail.next = node;
    node.prev = tail;
    tail = node;
  }
  return head;
}

function routeLength(from: CanNode, address: number): number {
  let hops = 0;
  let cur: CanNode | null = from;
  while (cur !== null && cur.address !== address) {
    cur = cur.next;
    hops++;
  }
  return cur === null ? -1 : hops;
}

function registerBuffers(modules: ModuleBuffers[]): NDArray {
  const table = empty(modules.length, "object");
  modules.forEach((m, i) => {
    table.set(i, m.cells);
  });
  return table;
}

const head = buildChain(4);
const spare = new CanNode(0x20, "spare");
let last = head;
while (last.next !== null) last = last.next;
link(last, spare);

const modules = [1, 2, 3].map((i) => new ModuleBuffers(0x10 + i, 4));
modules[0].cells.assign(":", array([3.71, 3.7, 3.72, 3.69]));
modules[1].cells.assign(":", modules[0].cells);
modules[0].cells.iadd(0.01);
modules[2].cells.fill(3.705);
modules[1].temps.fill(27.5);

const table = registerBuffers(modules);
const index = empty(2, "object");
index.set(0, table);
index.set(1, modules.length);

const scratch = zeros(4);
const reference = zeros(4);
scratch.fill(1);
reference.assign(":", scratch);
scratch.imul(3);

for (const m of modules) {
  console.log(`node 0x${m.nodeAddress.toString(16)} hops ${routeLength(head, m.nodeAddress)}:`, m.cells.tolist());
}
console.log("spare reachable in", routeLength(head, spare.address), "hops, previous:", spare.prev?.label);
console.log("registered buffers:", table.size, "index entries:", index.get(1));
console.log("module 1 temps:", modules[1].temps.tolist());
console.log("reference:", reference.tolist(), "scratch:", scratch.tolist());
