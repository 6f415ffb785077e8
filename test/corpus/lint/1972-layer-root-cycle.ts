// Organises raster layers into groups with parent links, composites each layer through its group opacities and prints the stack.
import { array, zeros, NDArray } from "ndalias";

class LayerGroup {
  name: string;
  raster: NDArray;
  opacity: number;
  parent: LayerGroup | null = null;
  childNames: string[] = [];

  constructor(name: string, raster: NDArray, opacity = 1) {
    this.name = name;
    this.raster = raster;
    this.opacity = opacity;
  }

  isRoot(): boolean {
    return this.parent === null || this.parent === this;
  }

  // Effective opacity: product of the opacities up to the root.
  effectiveOpacity(): number {
    let alpha = this.opacity;
    let node: LayerGroup = this;
    while (!node.isRoot() && node.parent) {
      node = node.parent;
      alpha *= node.opacity;
    }
    return alpha;
  }

  // Dims the layer's own raster in place (a write through the field's own path).
  dim(factor: number): void {
    this.raster.imul(factor);
  }

  // A premultiplied copy of the raster for compositing.
  premultiplied(): NDArray {
    const out = this.raster.copy();
    out.imul(this.effectiveOpacity());
    return out;
  }
}

const registry = new Map<string, LayerGroup>();

// The map's root group is its own parent, so walking up always terminates on a group.
function makeRoot(name: string, shape: number[]): LayerGroup {
  const root = new LayerGroup(name, zeros(shape));
  root.parent = root; // expect: no-reference-cycle
  registry.set(name, root);
  return root;
}

function attach(child: LayerGroup, parentName: string): void {
  const parent = registry.get(parentName);
  if (!parent) throw new Error(`unknown group ${parentName}`);
  child.parent = parent;
  parent.childNames.push(child.name);
  registry.set(child.name, child);
}

function composite(root: LayerGroup, shape: number[]): NDArray {
  const canvas = zeros(shape);
  const queue = [...root.childNames];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    const layer = registry.get(name);
    if (!layer) continue;
    canvas.iadd(layer.premultiplied());
    queue.push(...layer.childNames);
  }
  return canvas;
}

const SHAPE = [3, 3];
const root = makeRoot("map", SHAPE);

const basemap = new LayerGroup("basemap", array([[1, 1, 1], [1, 2, 1], [1, 1, 1]]), 0.8);
const landuse = new LayerGroup("landuse", zeros(SHAPE), 0.5);
const forest = new LayerGroup("forest", array([[0, 4, 4], [0, 4, 0], [0, 0, 0]]), 0.9);
const water = new LayerGroup("water", array([[2, 0, 0], [2, 2, 0], [0, 2, 2]]), 1);

attach(basemap, "map");
attach(landuse, "map");
attach(forest, "landuse");
attach(water, "landuse");

forest.dim(0.5);
landuse.opacity = 0.6;

for (const [name, layer] of registry) {
  const parentName = layer.parent && layer.parent !== layer ? layer.parent.name : "-";
  console.log(
    `${name.padEnd(8)} parent=${parentName.padEnd(8)} alpha=${layer.effectiveOpacity().toFixed(2)} sum=${layer.raster.sum()}`,
  );
}

const image = composite(root, SHAPE);
console.log("composite:", image.tolist());
console.log("brightest cell:", image.max().toFixed(2), "mean:", image.mean().toFixed(3));
