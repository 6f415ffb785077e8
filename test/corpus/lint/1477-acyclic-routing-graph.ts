// Routing matrix for a plugin host: forward-only node links, an object-dtype bus table of track buffers and an editor UI tree.
import { empty, zeros, array, NDArray } from "ndalias";

class BusNode {
  buffer: NDArray;
  next: BusNode | null = null;
  constructor(
    readonly name: string,
    frames: number,
  ) {
    this.buffer = zeros(frames);
  }
}

class Widget {
  children: Widget[] = [];
  parent: Widget | null = null;
  constructor(
    readonly label: string,
    public value: number,
  ) {}

  add(child: Widget): Widget {
    child.parent = this;
    this.children.push(child);
    return child;
  }

  path(): string {
    return this.parent ? `${this.parent.path()}/${this.label}` : this.label;
  }
}

function buildChain(names: string[], frames: number): BusNode {
  const head = new BusNode(names[0], frames);
  let tail = head;
  for (let i = 1; i < names.length; i++) {
    const node = new BusNode(names[i], frames);
    tail.next = node;
    tail = node;
  }
  return head;
}

function chainNames(head: BusNode): string[] {
  const names: string[] = [];
  for (let node: BusNode | null = head; node !== null; node = node.next) {
    names.push(node.name);
  }
  return names;
}

function makeBusTable(members: NDArray[]): NDArray {
  const table = empty(members.length, "object");
  for (let i = 0; i < members.length; i++) {
    table.set(i, members[i]);
  }
  return table;
}

function nestBus(outer: NDArray, inner: NDArray): NDArray {
  const group = empty(2, "object");
  group.set(0, outer);
  group.set(1, inner);
  return group;
}

function sumTable(table: NDArray, frames: number): NDArray {
  const acc = zeros(frames);
  for (let i = 0; i < table.size; i++) {
    const member = table.get(i);
    if (member.dtype === "object") {
      acc.iadd(sumTable(member, frames));
    } else {
      acc.iadd(member);
    }
  }
  return acc;
}

const drums = array([0.5, 0.1, 0.4, 0.1]);
const bass = array([0.3, 0.3, 0.3, 0.3]);
const vox = array([0.0, 0.2, 0.25, 0.2]);

const rhythm = makeBusTable([drums, bass]);
const leads = makeBusTable([vox]);
const songBus = nestBus(rhythm, leads);

const chain = buildChain(["insert", "group", "master"], 4);
chain.buffer.iadd(sumTable(songBus, 4));
chain.buffer.imul(0.9);

const root = new Widget("mixer", 0);
const strip = root.add(new Widget("strip-1", 0));
const fader = strip.add(new Widget("fader", -6));
strip.parent = root;

console.log("fader path:", fader.path(), "value:", fader.value);
console.log("chain:", chainNames(chain).join(" -> "));
console.log("insert bus:", chain.buffer.tolist());
console.log("song bus sum:", sumTable(songBus, 4).tolist());
