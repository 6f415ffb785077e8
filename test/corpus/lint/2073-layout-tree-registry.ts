// Figure layout internals: a figure/axes/artist tree with parent links holds only ids and boxes, while series data lives in a keyed store.
import { array, linspace, NDArray } from "ndalias";

type Kind = "figure" | "axes" | "artist";

class LayoutNode {
  parent: LayoutNode = this;
  children: LayoutNode[] = [];
  bbox: [number, number, number, number] = [0, 0, 1, 1];
  constructor(
    readonly id: string,
    readonly kind: Kind,
  ) {}

  isRoot(): boolean {
    return this.parent === this;
  }

  depth(): number {
    let d = 0;
    for (let n: LayoutNode = this; !n.isRoot(); n = n.parent) d++;
    return d;
  }
}

function adopt(parent: LayoutNode, child: LayoutNode): LayoutNode {
  child.parent = parent;
  parent.children.push(child);
  return child;
}

function gridLayout(fig: LayoutNode, rows: number, cols: number, pad: number): void {
  const cells = fig.children.filter((c) => c.kind === "axes");
  const w = (1 - pad * (cols + 1)) / cols;
  const h = (1 - pad * (rows + 1)) / rows;
  cells.forEach((cell, i) => {
    const r = Math.floor(i / cols);
    const c = i % cols;
    cell.bbox = [pad + c * (w + pad), pad + r * (h + pad), w, h];
  });
}

class DataStore {
  private readonly series = new Map<string, NDArray>();
  put(id: string, values: NDArray): void {
    this.series.set(id, values.copy());
  }
  extent(id: string): [number, number] {
    const v = this.series.get(id);
    return v ? [v.min(), v.max()] : [0, 0];
  }
  size(id: string): number {
    return this.series.get(id)?.size ?? 0;
  }
}

type DrawHook = (node: LayoutNode, store: DataStore) => string;

const hooks = new Map<Kind, DrawHook>([
  ["figure", (n) => `<svg id="${n.id}">`],
  ["axes", (n) => `<g id="${n.id}" transform="translate(${n.bbox[0].toFixed(2)},${n.bbox[1].toFixed(2)})">`],
  ["artist", (n, s) => `<path id="${n.id}" data-points="${s.size(n.id)}" data-extent="${s.extent(n.id).join(",")}"/>`],
]);

function render(node: LayoutNode, store: DataStore, out: string[]): void {
  const hook = hooks.get(node.kind);
  if (hook) out.push("  ".repeat(node.depth()) + hook(node, store));
  for (const child of node.children) render(child, store, out);
}

const figure = new LayoutNode("fig", "figure");
const left = adopt(figure, new LayoutNode("ax-left", "axes"));
const right = adopt(figure, new LayoutNode("ax-right", "axes"));
gridLayout(figure, 1, 2, 0.05);

const store = new DataStore();
const rainfall = array([3.1, 0.0, 12.4, 7.7, 0.2, 5.5]);
const cumulative = linspace(0, 29, 6);
store.put("rain", rainfall);
store.put("cum", cumulative);
adopt(left, new LayoutNode("rain", "artist"));
adopt(right, new LayoutNode("cum", "artist"));

const lines: string[] = [];
render(figure, store, lines);
console.log(lines.join("\n"));
console.log("root?", figure.isRoot(), "axes depth:", left.depth(), "rain total:", rainfall.sum());
