// Layer compositor: keeps image layers in object-dtype groups, nests an adjustment group, and flattens everything with opacity.
import { array, empty, zeros, full, NDArray } from "ndalias";

const H = 3;
const W = 4;

function gradientLayer(start: number, step: number): NDArray {
  const layer = zeros([H, W]);
  for (let x = 0; x < W; x++) {
    layer.slice(":", x).fill(start + step * x);
  }
  return layer;
}

function makeGroup(layers: NDArray[]): NDArray {
  const group = empty(layers.length, "object");
  layers.forEach((layer, i) => {
    group.set(i, layer);
  });
  return group;
}

function isGroup(item: NDArray): boolean {
  return item.dtype === "object";
}

function flatten(group: NDArray, opacity: number[]): NDArray {
  const out = zeros([H, W]);
  for (let i = 0; i < group.size; i++) {
    const item: NDArray = group.get(i);
    const alpha = opacity[i] ?? 1;
    const pixels = isGroup(item) ? flatten(item, []) : item;
    out.imul(1 - alpha);
    out.iadd(pixels.mul(alpha));
  }
  return out;
}

function layerStats(group: NDArray): string[] {
  const lines: string[] = [];
  for (let i = 0; i < group.size; i++) {
    const item: NDArray = group.get(i);
    lines.push(isGroup(item) ? `#${i}: group of ${item.size}` : `#${i}: layer mean ${item.mean().toFixed(3)}`);
  }
  return lines;
}

/** Builds the document: a background, a sky gradient and a nested "adjustments" group. */
function buildDocument(): NDArray {
  const background = full([H, W], 0.2);
  const sky = gradientLayer(0.4, 0.1);
  const vignette = gradientLayer(0.9, -0.2);
  const highlights = array([
    [0, 0, 1, 1],
    [0, 1, 1, 0],
    [0, 0, 0, 0],
  ]);

  const root = empty(3, "object");
  const adjustments = empty(3, "object");
  root.set(0, background);
  root.set(1, sky);
  root.set(2, adjustments);
  adjustments.set(0, vignette);
  adjustments.set(1, highlights.astype("float64"));
  // keep a handle to the enclosing group so an adjustment can read what is below it
  adjustments.set(2, root); // expect: no-reference-cycle
  return root;
}

function buildThumbnailStrip(doc: NDArray): NDArray {
  const strip = empty(doc.size, "object");
  for (let i = 0; i < doc.size; i++) {
    const item: NDArray = doc.get(i);
    strip.set(i, isGroup(item) ? zeros([1, 2]) : item.slice("::2, ::2").copy());
  }
  return strip;
}

const base = makeGroup([full([H, W], 0.1), gradientLayer(0.0, 0.25)]);
console.log(layerStats(base).join("\n"));
console.log("base composite:", flatten(base, [1, 0.5]).tolist());

const doc = buildDocument();
console.log(layerStats(doc).join("\n"));
const strip = buildThumbnailStrip(doc);
console.log("thumbnail strip size:", strip.size);
