// Renders a grayscale tile in several display modes, masks a band of rows and reports the contrast of the centre region.
import { array, NDArray } from "ndalias";

type Mode = "raw" | "invert" | "mirror" | "halfTransposed";

const MODES: readonly Mode[] = ["raw", "invert", "mirror"];

export function render(tile: NDArray, mode: Mode): NDArray {
  switch (mode) {
    case "raw":
      return tile.copy();
    case "invert":
      return tile.mul(-1).add(255);
    case "mirror":
      return tile.flip(1).copy();
    case "halfTransposed": {
      const t = tile.T;
      t.imul(0.5); // expect: no-view-mutation
      return t;
    }
    default: {
      const unknownMode: never = mode;
      throw new Error(`unknown display mode: ${String(unknownMode)}`);
    }
  }
}

const contrast = (region: NDArray): number => region.max() - region.min();

function roiContrast(tile: NDArray, rows = ":", cols = ":"): number {
  const roi = tile.slice(`${rows}, ${cols}`);
  return contrast(roi);
}

const tile = array([
  [10, 50, 90, 130],
  [20, 60, 100, 140],
  [30, 70, 110, 150],
  [40, 80, 120, 160],
]);

const rendered = new Map<Mode, NDArray>(MODES.map((m) => [m, render(tile, m)] as const));
rendered.forEach((img, mode) => {
  console.log(`${mode}: mean=${img.mean().toFixed(1)} contrast=${contrast(img)}`);
});

const overview = render(tile.copy(), "halfTransposed");
console.log("overview:", overview.tolist());

tile.slice(":, 3").imul(0.5);
const centre = tile.slice("1:3, 1:3");
console.log("left column contrast:", roiContrast(tile, ":", "0"));

tile.slice("1:3").fill(0); // expect: no-view-mutation

console.log("centre contrast:", contrast(centre));
console.log("masked tile:", tile.tolist());
console.log("mirror still intact:", rendered.get("mirror")?.tolist() ?? []);
