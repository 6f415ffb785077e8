// A web-map layer tree: layers point to their group, groups list their layer names, and each group blends its visible layers into a composite.
import { empty, full, zeros, NDArray } from "ndalias";

class LayerGroup {
  readonly layerNames: string[] = [];
  composite: NDArray;

  constructor(
    readonly name: string,
    shape: number[],
    readonly parentName: string | null,
  ) {
    this.composite = zeros(shape);
  }

  blend(layers: RasterLayer[]): NDArray {
    this.composite.fill(0);
    let total = 0;
    for (const layer of layers) {
      if (layer.group !== this || !layer.visible) continue;
      this.composite.iadd(layer.pixels.mul(layer.opacity));
      total += layer.opacity;
    }
    if (total > 0) this.composite.idiv(total);
    return this.composite.copy();
  }
}

class RasterLayer {
  group: LayerGroup | null = null;
  below: RasterLayer | null = null;
  visible = true;

  constructor(
    readonly name: string,
    public pixels: NDArray,
    public opacity: number,
  ) {}
}

class LayerTree {
  private readonly groups: LayerGroup[] = [];
  readonly layers: RasterLayer[] = [];

  addGroup(name: string, shape: number[], parentName: string | null = null): LayerGroup {
    const group = new LayerGroup(name, shape, parentName);
    this.groups.push(group);
    return group;
  }

  addLayer(layer: RasterLayer, group: LayerGroup): void {
    layer.group = group;
    layer.below = this.layers.length > 0 ? this.layers[this.layers.length - 1] : null;
    group.layerNames.push(layer.name);
    this.layers.push(layer);
  }

  path(group: LayerGroup): string {
    const parent = this.groups.find((g) => g.name === group.parentName);
    return parent ? `${this.path(parent)}/${group.name}` : group.name;
  }
}

function ramp(shape: [number, number], start: number, step: number): NDArray {
  const r = zeros(shape);
  for (let i = 0; i < shape[0]; i++) {
    for (let j = 0; j < shape[1]; j++) r.set([i, j], start + step * j);
  }
  return r;
}

const tree = new LayerTree();
const basemap = tree.addGroup("basemap", [3, 3]);
const terrain = tree.addGroup("terrain", [3, 3], "basemap");
const hazards = tree.addGroup("hazards", [3, 3], "basemap");

tree.addLayer(new RasterLayer("dem", ramp([3, 3], 100, 20), 1), terrain);
tree.addLayer(new RasterLayer("hillshade", full([3, 3], 180), 0.4), terrain);
tree.addLayer(new RasterLayer("flood-depth", ramp([3, 3], 0, 1.5), 0.7), hazards);

// The legend table holds each layer's pixels for the swatch renderer; it never holds itself.
const swatches = empty(tree.layers.length, "object");
tree.layers.forEach((layer, k) => swatches.set(k, layer.pixels));

for (const group of [terrain, hazards]) {
  const composite = group.blend(tree.layers);
  console.log(tree.path(group), group.layerNames.join(", "), composite.tolist());
}

const stack: string[] = [];
for (let l: RasterLayer | null = tree.layers[tree.layers.length - 1]; l; l = l.below) stack.push(l.name);
console.log("draw order (top to bottom):", stack.join(" > "), "swatches:", swatches.size, "basemap layers:", basemap.layerNames.length);
