// A module tree for a small model: children point at their parent, the root lists child tensors in an object-dtype table, and modules rescale their own weights.
import { array, empty, ones, zeros, NDArray } from "ndalias";

const DEFAULT_SCALE = array([1, 1, 1]);

class Node {
  weights: NDArray;
  parent: Node | null = null;

  protected constructor(readonly name: string, weights: NDArray) {
    this.weights = weights;
  }

  static create(name: string, size: number): Node {
    return new Node(name, ones(size));
  }

  static fromDefaults(name: string): Node {
    return new Node(name, DEFAULT_SCALE.copy());
  }

  depth(): number {
    let d = 0;
    for (let p = this.parent; p !== null; p = p.parent) d += 1;
    return d;
  }

  normalize(): number {
    const norm = Math.sqrt(this.weights.mul(this.weights).sum()) || 1;
    this.weights.idiv(norm);
    return norm;
  }

  scale(k: number): Node {
    this.weights.imul(k);
    return this;
  }
}

class Branch extends Node {
  private table: NDArray;
  private count = 0;
  private lastNorm = 1;

  constructor(name: string, capacity: number) {
    super(name, zeros(capacity));
    this.table = empty(capacity, "object");
  }

  attach(child: Node): void {
    child.parent = this;
    this.table.set(this.count, child.weights);
    this.weights.set(this.count, child.weights.sum());
    this.count += 1;
  }

  override normalize(): number {
    const norm = super.normalize();
    this.lastNorm = norm;
    return norm;
  }

  get normHistory(): number {
    return this.lastNorm;
  }

  childTotal(): number {
    let t = 0;
    for (let i = 0; i < this.count; i++) t += (this.table.get(i) as NDArray).sum();
    return t;
  }
}

function pathName(n: Node): string {
  const parts: string[] = [];
  for (let p: Node | null = n; p !== null; p = p.parent) parts.unshift(p.name);
  return parts.join("/");
}

function weightSummary(n: Node): string {
  return `${pathName(n)} depth=${n.depth()} sum=${n.weights.sum().toFixed(3)}`;
}

const root = new Branch("model", 3);
const encoder = Node.create("encoder", 4);
const decoder = Node.fromDefaults("decoder");
const head = Node.create("head", 2).scale(0.5);

root.attach(encoder);
root.attach(decoder);
root.attach(head);

const rootNorm = root.normalize();
const encNorm = encoder.normalize();

for (const n of [root, encoder, decoder, head]) console.log(weightSummary(n));
console.log("norms:", rootNorm.toFixed(3), encNorm.toFixed(3), "child total:", root.childTotal().toFixed(3), "last:", root.normHistory.toFixed(3));
console.log("defaults untouched:", DEFAULT_SCALE.tolist());
