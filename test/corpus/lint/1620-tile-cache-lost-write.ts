// Cuts a grayscale frame into owned and borrowed tiles, computes per-tile brightness and thumbnails, and blanks tiles on request.
// runnable
import { array, zeros, NDArray } from "ndalias";

type Tile =
  | { readonly kind: "owned"; readonly id: string; pixels: NDArray }
  | { readonly kind: "borrowed"; readonly id: string; pixels: NDArray; readonly source: NDArray };

function ownedTile(id: string, h: number, w: number, value: number): Tile {
  const pixels = zeros([h, w], "uint8");
  pixels.fill(value);
  return { kind: "owned", id, pixels };
}

function borrowedTile(id: string, frame: NDArray, rows: string, cols: string): Tile {
  return { kind: "borrowed", id, pixels: frame.slice(rows, cols), source: frame };
}

function isBorrowed(t: Tile): t is Extract<Tile, { kind: "borrowed" }> {
  return t.kind === "borrowed";
}

function brightness(tile: Tile): number {
  const px = tile.pixels.astype("float64");
  px.idiv(255);
  return px.mean();
}

function thumbnail(tile: Tile): NDArray {
  const small = tile.pixels.take([0, tile.pixels.shape[0] - 1], 0);
  const marked = small.flatten();
  marked.set(0, 255); // expect: no-lost-write
  return small;
}

// Blanking never modifies the frame a borrowed tile points into.
function blank(tile: Tile): void {
  switch (tile.kind) {
    case "owned":
      tile.pixels.fill(0);
      break;
    case "borrowed":
      tile.pixels.copy().fill(0); // expect: no-lost-write
      break;
  }
}

function detachedPixels(tile: Tile): NDArray {
  return isBorrowed(tile) ? tile.pixels.copy() : tile.pixels.astype("uint8");
}

function describe(tile: Tile): string {
  const shape = tile.pixels.shape.join("x");
  const origin = isBorrowed(tile) ? `borrowed from a ${tile.source.shape.join("x")} frame` : "owned";
  return `${tile.id} ${shape} ${origin}`;
}

const frame = array(
  [
    [10, 20, 30, 40],
    [50, 60, 70, 80],
    [90, 100, 110, 120],
    [130, 140, 150, 160],
  ],
  "uint8",
);

const tiles: Tile[] = [
  ownedTile("sky", 2, 2, 200),
  borrowedTile("top-left", frame, "0:2", "0:2"),
  borrowedTile("bottom-right", frame, "2:4", "2:4"),
];

for (const t of tiles) {
  console.log(describe(t), "brightness:", brightness(t).toFixed(3));
}

const thumbs = tiles.map(thumbnail);
console.log("thumbnail of top-left:", thumbs[1].tolist());

const third = tiles[2];
const doubled = detachedPixels(third);
doubled.imul(2);
console.log("detached copy of", third.id, "doubled:", doubled.tolist());

blank(tiles[0]);
blank(tiles[1]);
console.log("sky after blanking:", tiles[0].pixels.tolist());
console.log("frame after blanking the borrowed tile:", frame.tolist());
console.log("thumbnail brightness:", thumbs.map((t) => t.mean().toFixed(1)).join(", "));
