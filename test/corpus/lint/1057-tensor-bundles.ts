// Packs training tensors into object-dtype bundles (flat, nested or indexed), groups them into a hierarchy and frees them at the end.
import { array, empty, arange, collect, memoryStats, NDArray } from "ndalias";

type BundleKind = "flat" | "nested" | "indexed";

class Group {
  items: NDArray;
  parent: Group;

  constructor(readonly name: string, size: number, parent?: Group) {
    this.items = empty(size, "object");
    this.parent = parent ?? this; // expect: no-reference-cycle
  }

  isRoot(): boolean {
    return this.parent === this;
  }

  depth(): number {
    let d = 0;
    for (let g: Group = this; !g.isRoot(); g = g.parent) d++;
    return d;
  }
}

export function buildBundle(kind: BundleKind, parts: NDArray[]): NDArray {
  const bundle = empty(parts.length + 1, "object");
  parts.forEach((part, i) => bundle.set(i, part));
  switch (kind) {
    case "indexed": {
      const index = empty(1, "object");
      bundle.set(parts.length, index);
      index.set(0, bundle); // expect: no-reference-cycle
      break;
    }
    case "nested": {
      const inner = empty(parts.length, "object");
      parts.forEach((part, i) => inner.set(i, part.copy()));
      bundle.set(parts.length, inner);
      break;
    }
    case "flat":
    default:
      bundle.set(parts.length, null);
  }
  return bundle;
}

function countArrays(bundle: NDArray): number {
  let n = 0;
  for (let i = 0; i < bundle.size; i++) {
    const item: unknown = bundle.get(i);
    if (item !== null && item !== undefined && item !== bundle) n++;
  }
  return n;
}

function describeBundle(kind: BundleKind, bundle: NDArray): string {
  const tail: unknown = bundle.get(bundle.size - 1);
  const tailKind = tail === null ? "none" : "table";
  return `${kind}: ${countArrays(bundle)} entries, tail ${tailKind}`;
}

const features = arange(0, 12).reshape(4, 3);
const labels = array([0, 1, 1, 0]);
const weights = array([1, 1, 2, 2]);

const kinds: BundleKind[] = ["flat", "nested", "indexed"];
const bundles = new Map<BundleKind, NDArray>();
for (const kind of kinds) {
  const bundle = buildBundle(kind, [features, labels, weights]);
  bundles.set(kind, bundle);
  console.log(describeBundle(kind, bundle));
}

const root = new Group("dataset", 2);
const train = new Group("train", 3, root);
const valid = new Group("valid", 3, root);
root.items.set(0, bundles.get("flat") ?? null);
root.items.set(1, bundles.get("nested") ?? null);
train.items.set(0, features.slice(":3"));
valid.items.set(0, features.slice("3:"));

const groups = [root, train, valid];
for (const g of groups) {
  console.log(`${g.name}: depth ${g.depth()}, root=${g.isRoot()}`);
}

console.log("before release:", memoryStats());
for (const bundle of bundles.values()) bundle.dispose();
bundles.clear();
console.log("freed by collect():", collect());
console.log("after release:", memoryStats());
