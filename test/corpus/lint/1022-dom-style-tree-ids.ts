// A DOM-like layout tree whose elements find their parent by id, inherit colour and opacity, and are painted into a greyscale framebuffer.
import { array, zeros, NDArray } from "ndalias";

interface ElementNode {
  id: number;
  tag: string;
  parentId: number | null;
  childIds: number[];
  color: NDArray; // r, g, b, alpha
  box: NDArray; // x, y, width, height in cells
}

class DocumentTree {
  private nextId = 1;
  readonly byId = new Map<number, ElementNode>();
  readonly rootId: number;

  constructor(width: number, height: number) {
    this.rootId = this.create("body", null, [1, 1, 1, 1], [0, 0, width, height]).id;
  }

  create(tag: string, parentId: number | null, rgba: number[], box: number[]): ElementNode {
    const node: ElementNode = {
      id: this.nextId++,
      tag,
      parentId,
      childIds: [],
      color: array(rgba),
      box: array(box),
    };
    this.byId.set(node.id, node);
    if (parentId !== null) this.byId.get(parentId)?.childIds.push(node.id);
    return node;
  }

  parentOf(node: ElementNode): ElementNode | undefined {
    return node.parentId === null ? undefined : this.byId.get(node.parentId);
  }

  children(node: ElementNode): ElementNode[] {
    return node.childIds.map((id) => this.byId.get(id)).filter((n): n is ElementNode => n !== undefined);
  }
}

function computedColor(doc: DocumentTree, node: ElementNode): NDArray {
  const rgba = node.color.copy();
  for (let p = doc.parentOf(node); p !== undefined; p = doc.parentOf(p)) {
    rgba.slice("3:").imul(p.color.get(3));
  }
  return rgba;
}

function luminance(rgba: NDArray): number {
  const weights = array([0.2126, 0.7152, 0.0722]);
  return rgba.slice(":3").mul(weights).sum() * rgba.get(3);
}

function dimmed(color: NDArray, factor: number): NDArray {
  let shade = color;
  shade = shade.mul(factor);
  shade.slice("3:").fill(color.get(3));
  return shade;
}

function paint(doc: DocumentTree, fb: NDArray, node: ElementNode): void {
  const [x, y, w, h] = node.box.tolist() as number[];
  fb.slice(`${y}:${y + h}`, `${x}:${x + w}`).fill(luminance(computedColor(doc, node)));
  for (const child of doc.children(node)) paint(doc, fb, child);
}

function clearBorder(fb: NDArray): void {
  fb.slice(0).fill(0);
  fb.slice(-1).fill(0);
  fb.slice(":", 0).fill(0);
  fb.slice(":", -1).fill(0);
}

function coverage(fb: NDArray, threshold: number): number {
  let lit = 0;
  for (let i = 0; i < fb.shape[0]; i++) {
    for (let j = 0; j < fb.shape[1]; j++) {
      if (fb.get(i, j) > threshold) lit++;
    }
  }
  return lit / fb.size;
}

const doc = new DocumentTree(12, 8);
const root = doc.byId.get(doc.rootId)!;
const header = doc.create("header", root.id, [0.2, 0.3, 0.8, 1], [0, 0, 12, 2]);
const main = doc.create("main", root.id, [0.9, 0.9, 0.9, 0.8], [1, 2, 10, 5]);
const card = doc.create("div", main.id, [0.9, 0.4, 0.1, 0.5], [2, 3, 4, 3]);
doc.create("span", card.id, [0, 0, 0, 1], [3, 4, 2, 1]);
doc.create("h1", header.id, [1, 1, 1, 1], [1, 0, 6, 1]);

const fb = zeros([8, 12]);
paint(doc, fb, root);
const beforeBorder = coverage(fb, 0.3);
clearBorder(fb);
const topRow = fb.slice(0);

console.log("card colour:", computedColor(doc, card).tolist());
console.log("hover colour:", dimmed(card.color, 0.6).tolist(), "original:", card.color.tolist());
console.log("coverage before/after border:", beforeBorder.toFixed(3), coverage(fb, 0.3).toFixed(3));
console.log("top row after clearing:", topRow.tolist());
console.log("card parent:", doc.parentOf(card)?.tag, "children of main:", doc.children(main).map((n) => n.tag));
