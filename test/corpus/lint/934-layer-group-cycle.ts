// A map document of raster layers organised in groups: each group keeps a composite and its active layer, and each layer knows its group.
import { full, zeros, NDArray } from "ndalias";

class RasterLayer {
  group: LayerGroup | null = null;
  visible = true;
  constructor(
    readonly name: string,
    public pixels: NDArray,
    public opacity: number,
  ) {}
}

class LayerGroup {
  composite: NDArray;
  parent: LayerGroup;
  active: RasterLayer | null = null;
  readonly layers: RasterLayer[] = [];

  constructor(readonly name: string, shape: number[], parent?: LayerGroup) {
    this.composite = zeros(shape);
    if (parent) {
      this.parent = parent;
    } else {
      this.parent = this; // expect: no-reference-cycle
    }
  }

  isRoot(): boolean {
    return this.parent === this;
  }

  path(): string {
    return this.isRoot() ? this.name : `${this.parent.path()}/${this.name}`;
  }

  recomposite(): void {
    this.composite.fill(0);
    let weight = 0;
    for (const layer of this.layers) {
      if (!layer.visible) continue;
      this.composite.iadd(layer.pixels.mul(layer.opacity));
      weight += layer.opacity;
    }
    if (weight > 0) this.composite.idiv(weight);
  }
}

function addLayer(group: LayerGroup, layer: RasterLayer): void {
  group.layers.push(layer);
  group.active = layer;
  layer.group = group; // expect: no-reference-cycle
  group.recomposite();
}

function exportComposite(group: LayerGroup, scale: number): NDArray {
  const out = group.composite.copy();
  out.imul(scale);
  return out.astype("uint8");
}

function legend(group: LayerGroup): string[] {
  return group.layers.map((l) => `${l.name} (${Math.round(l.opacity * 100)}%)${l === group.active ? " *" : ""}`);
}

function gradient(shape: [number, number], start: number, step: number): NDArray {
  const g = zeros(shape);
  for (let i = 0; i < shape[0]; i++) {
    for (let j = 0; j < shape[1]; j++) g.set([i, j], start + step * (i + j));
  }
  return g;
}

const basemap = new LayerGroup("basemap", [4, 4]);
const terrain = new LayerGroup("terrain", [4, 4], basemap);
const overlays = new LayerGroup("overlays", [4, 4], basemap);

addLayer(terrain, new RasterLayer("dem", gradient([4, 4], 100, 10), 1));
addLayer(terrain, new RasterLayer("hillshade", full([4, 4], 180), 0.5));
addLayer(overlays, new RasterLayer("flood-extent", gradient([4, 4], 0, 40), 0.8));

const hidden = terrain.layers[1];
hidden.visible = false;
terrain.recomposite();

for (const group of [terrain, overlays]) {
  console.log(group.path(), legend(group).join(", "));
  console.log("  composite:", exportComposite(group, 1).tolist());
}
console.log("root is its own parent:", basemap.isRoot(), "active terrain layer:", terrain.active?.name);
