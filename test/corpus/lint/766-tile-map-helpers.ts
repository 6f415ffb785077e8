// Tile-map editor: nested helpers locate layer tiles and header rows, a preview stamps a marker row and the exporter drops spawn markers.
import { array, NDArray, ShapeError } from "ndalias";

interface Layer {
  name: string;
  tiles: NDArray;
  locked: boolean;
}

interface MapDoc {
  title: string;
  ground: Layer;
  overlay: Layer;
}

function makeLayer(name: string, rows: number[][]): Layer {
  return { name, tiles: array(rows), locked: false };
}

function makeDoc(): MapDoc {
  return {
    title: "harbour",
    ground: makeLayer("ground", [
      [1, 1, 2, 2],
      [1, 3, 3, 2],
      [4, 4, 4, 4],
    ]),
    overlay: makeLayer("overlay", [
      [0, 7, 0, 0],
      [5, 0, 0, 6],
      [9, 0, 8, 0],
    ]),
  };
}

function rowsOf(tiles: NDArray, count: number): NDArray {
  return tiles.slice(`:${count}`);
}

function headerOf(layer: Layer): NDArray {
  return rowsOf(layer.tiles, 1);
}

function checked(tiles: NDArray): NDArray {
  if (tiles.ndim !== 2) {
    throw new ShapeError(`expected 2-D tiles, got ndim=${tiles.ndim}`);
  }
  return tiles;
}

function overlayTiles(doc: MapDoc): NDArray {
  return checked(doc.overlay.tiles);
}

function countNonEmpty(tiles: NDArray): number {
  let n = 0;
  for (let r = 0; r < tiles.shape[0]; r++) {
    for (let c = 0; c < tiles.shape[1]; c++) {
      if (tiles.get(r, c) !== 0) n++;
    }
  }
  return n;
}

// Shows what the top row would weigh with a marker stamped on it; the
// document itself is meant to stay untouched.
export function previewHeader(doc: MapDoc, marker: number): number {
  const header = headerOf(doc.ground);
  header.fill(marker); // expect: no-view-mutation
  return header.sum();
}

// Returns the overlay without spawn markers (column 0), for export.
export function exportOverlay(doc: MapDoc): NDArray {
  const exported = overlayTiles(doc).copy();
  exported.assign(":, 0", 0);
  return exported;
}

function clearLayer(layer: Layer): void {
  if (!layer.locked) {
    layer.tiles.fill(0);
  }
}

const doc = makeDoc();
console.log(`map "${doc.title}"`);
console.log("ground header total:", headerOf(doc.ground).sum());
console.log("preview total:", previewHeader(doc, 9));

const exported = exportOverlay(doc);
console.log("exported overlay:", exported.tolist());

const spawnFree = overlayTiles(doc);
spawnFree.assign(":, 0", 0); // expect: no-alias-mutation
console.log("non-empty tiles without spawns:", countNonEmpty(spawnFree));
console.log("non-empty overlay tiles in the map:", countNonEmpty(doc.overlay.tiles));
console.log("ground layer:", doc.ground.tiles.tolist());

const scratch = makeLayer("scratch", [
  [1, 2],
  [3, 4],
]);
clearLayer(scratch);
console.log(`${scratch.name} cleared:`, scratch.tiles.sum());
