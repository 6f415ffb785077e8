// A map document's layer tree with upward parent links and child name lists: flattens visible layers into a canvas and dims groups.
import { array, zeros, NDArray } from "ndalias";

const SHAPE = [2, 3];

class Layer {
  readonly name: string;
  raster: NDArray;
  opacity: number;
  visible = true;
  parent: Layer | null;
  children: string[] = [];

  constructor(name: string, raster: NDArray, parent: Layer | null, opacity = 1) {
    this.name = name;
    this.raster = raster;
    this.parent = parent;
    this.opacity = opacity;
    if (parent) parent.children.push(name);
  }

  path(): string {
    return this.parent ? `${this.parent.path()}/${this.name}` : this.name;
  }

  isVisible(): boolean {
    let node: Layer | null = this;
    while (node) {
      if (!node.visible) return false;
      node = node.parent;
    }
    return true;
  }

  // The layer's contribution to the canvas, in a new array.
  contribution(): NDArray {
    const out = this.raster.mul(this.opacity);
    let p = this.parent;
    while (p) {
      out.imul(p.opacity);
      p = p.parent;
    }
    return out;
  }

  // Dims this layer's own raster (written through the field's own path).
  dimRaster(factor: number): void {
    this.raster.imul(factor);
  }
}

const layers = new Map<string, Layer>();

function addLayer(name: string, raster: NDArray, parentName: string | null, opacity = 1): Layer {
  const parent = parentName ? layers.get(parentName) ?? null : null;
  const layer = new Layer(name, raster, parent, opacity);
  layers.set(name, layer);
  return layer;
}

function isAncestor(candidate: Layer, of: Layer): boolean {
  for (let p = of.parent; p; p = p.parent) if (p === candidate) return true;
  return false;
}

// Moves a layer under another group; refuses moves that would put a group under its own descendant.
function reparent(layer: Layer, newParent: Layer): void {
  if (layer === newParent || isAncestor(layer, newParent)) throw new Error(`cannot move ${layer.name} under ${newParent.name}`);
  if (layer.parent) layer.parent.children = layer.parent.children.filter((n) => n !== layer.name);
  layer.parent = newParent;
  newParent.children.push(layer.name);
}

function flattenVisible(root: Layer): NDArray {
  const canvas = zeros(SHAPE);
  const pending = [root.name];
  while (pending.length > 0) {
    const layer = layers.get(pending.pop() as string);
    if (!layer || !layer.isVisible()) continue;
    canvas.iadd(layer.contribution());
    pending.push(...layer.children);
  }
  return canvas;
}

const root = addLayer("document", zeros(SHAPE), null);
addLayer("relief", array([[0.2, 0.3, 0.4], [0.3, 0.4, 0.5]]), "document", 0.7);
const thematic = addLayer("thematic", zeros(SHAPE), "document", 0.9);
addLayer("soils", array([[1, 1, 0], [0, 1, 1]]), "thematic", 0.5);
const roads = addLayer("roads", array([[0, 1, 0], [0, 1, 0]]), "document");
const labels = addLayer("labels", array([[0, 0, 1], [1, 0, 0]]), "roads");

reparent(labels, thematic);
roads.dimRaster(0.5);
thematic.opacity = 0.8;

for (const layer of layers.values()) {
  console.log(`${layer.path().padEnd(28)} children=[${layer.children.join(", ")}] sum=${layer.raster.sum()}`);
}

const canvas = flattenVisible(root);
console.log("canvas:", canvas.tolist());
thematic.visible = false;
const withoutThematic = flattenVisible(root);
console.log("canvas without thematic group:", withoutThematic.tolist(), "difference:", canvas.sub(withoutThematic).sum().toFixed(2));
