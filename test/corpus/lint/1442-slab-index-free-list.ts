// Slab allocator for equal-sized work vectors with an index-linked free list; blends pairs of generated signals into a third block.
import { zeros, NDArray } from "ndalias";

class Slab {
  readonly blocks: NDArray[] = [];
  private readonly nextFree: number[] = [];
  private head: number;
  private live = 0;

  constructor(count: number, readonly width: number) {
    for (let i = 0; i < count; i++) {
      this.blocks.push(zeros(width));
      this.nextFree.push(i + 1 < count ? i + 1 : -1);
    }
    this.head = count > 0 ? 0 : -1;
  }

  alloc(): number {
    if (this.head < 0) {
      throw new Error(`slab of ${this.blocks.length} blocks is exhausted`);
    }
    const id = this.head;
    this.head = this.nextFree[id];
    this.nextFree[id] = -2;
    this.live++;
    return id;
  }

  free(id: number): void {
    if (this.nextFree[id] !== -2) {
      throw new Error(`block ${id} is not allocated`);
    }
    this.blocks[id].fill(0);
    this.nextFree[id] = this.head;
    this.head = id;
    this.live--;
  }

  get inUse(): number {
    return this.live;
  }
}

function generate(slab: Slab, id: number, freq: number, phase: number): void {
  const block = slab.blocks[id];
  for (let i = 0; i < block.size; i++) {
    block.set(i, Math.sin(freq * i + phase));
  }
}

function blend(slab: Slab, ia: number, ib: number, io: number, wA: number): void {
  const a = slab.blocks[ia];
  const b = slab.blocks[ib];
  const out = slab.blocks[io];
  out.assign(":", a);
  out.imul(wA);
  out.iadd(b.mul(1 - wA));
  console.log("a:    ", fmt(a));
  console.log("b:    ", fmt(b));
  console.log("blend:", fmt(out), "energy", out.mul(out).sum().toFixed(3));
}

function fmt(x: NDArray): string {
  return (x.tolist() as number[]).map((v) => v.toFixed(2)).join(" ");
}

function crossfade(slab: Slab, steps: number): void {
  const ia = slab.alloc();
  const ib = slab.alloc();
  generate(slab, ia, 0.5, 0);
  generate(slab, ib, 1.3, Math.PI / 4);
  for (let s = 0; s <= steps; s++) {
    const io = slab.alloc();
    blend(slab, ia, ib, io, s / steps);
    slab.free(io);
  }
  slab.free(ib);
  slab.free(ia);
}

const slab = new Slab(4, 6);
crossfade(slab, 2);
console.log("blocks in use after crossfade:", slab.inUse);

const first = slab.alloc();
const second = slab.alloc();
slab.blocks[first].fill(1);
slab.blocks[second].fill(2);
slab.blocks[second].iadd(slab.blocks[first]);
console.log("first:", slab.blocks[first].tolist(), "second:", slab.blocks[second].tolist());
slab.free(second);
slab.free(first);
console.log("blocks in use at exit:", slab.inUse);
