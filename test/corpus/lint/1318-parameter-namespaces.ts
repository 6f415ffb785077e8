// A hierarchical parameter store: namespaces keep weight arrays in object-dtype slot tables, mount sub-namespaces and zero or rescale entries.
import { empty, array, ones, NDArray } from "ndalias";

class Namespace {
  static readonly CAPACITY = 8;
  static mounted = 0;

  readonly slots: NDArray;
  private names: string[] = [];
  private children = new Map<string, Namespace>();

  constructor(readonly label: string) {
    this.slots = empty(Namespace.CAPACITY, "object");
    this.names.push("..");
  }

  put(name: string, value: NDArray): void {
    if (this.names.length >= Namespace.CAPACITY) {
      throw new Error(`namespace ${this.label} is full`);
    }
    this.slots.set(this.names.length, value.copy());
    this.names.push(name);
  }

  has(name: string): boolean {
    return this.names.includes(name);
  }

  lookup(name: string): NDArray {
    const index = this.names.indexOf(name);
    if (index <= 0) throw new Error(`no entry ${name} in ${this.label}`);
    return this.slots.get(index) as NDArray;
  }

  mount(child: Namespace): void {
    const index = this.names.length;
    this.slots.set(index, child.slots);
    this.names.push(child.label);
    this.children.set(child.label, child);
    child.slots.set(0, this.slots); // expect: no-reference-cycle
    Namespace.mounted++;
  }

  zeroOut(name: string): void {
    const w = this.lookup(name);
    w.flatten().fill(0); // expect: no-lost-write
  }

  rescale(name: string, factor: number): void {
    const w = this.lookup(name);
    w.imul(factor);
  }

  norm(name: string): number {
    const w = this.lookup(name);
    return Math.sqrt(w.mul(w).sum());
  }

  listing(): string[] {
    return this.names.slice(1).map((n) => `${this.label}/${n}`);
  }

  child(label: string): Namespace | undefined {
    return this.children.get(label);
  }
}

class TrainableNamespace extends Namespace {
  private frozen = new Set<string>();
  lastStep = 0;

  freeze(name: string): void {
    this.frozen.add(name);
  }

  applyGradient(name: string, grad: NDArray, lr: number): void {
    if (this.frozen.has(name)) return;
    const w = this.lookup(name);
    const step = grad.mul(lr);
    w.isub(step);
    this.lastStep = Math.max(step.max(), -step.min());
  }
}

const model = new TrainableNamespace("model");
model.put("embedding", ones([4, 3]));
model.put("bias", array([0.1, -0.2, 0.3]));

const head = new Namespace("head");
head.put("dense", array([[0.5, -0.5], [0.25, 0.75]]));
model.mount(head);

model.freeze("embedding");
model.applyGradient("bias", array([1, 1, -1]), 0.1);
model.applyGradient("embedding", ones([4, 3]), 0.1);
model.zeroOut("bias");
head.rescale("dense", 2);

console.log("listing:", model.listing(), head.listing());
console.log("bias:", model.lookup("bias").tolist(), "largest step:", model.lastStep);
console.log("dense norm:", head.norm("dense"), "mounted:", Namespace.mounted);
console.log("child found:", model.child("head")?.has("dense"));
