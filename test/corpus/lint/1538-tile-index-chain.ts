// Keeps a tile index for a raster: tiles chained in scan order, an object-dtype lookup of their arrays, and per-tile running statistics.
import { empty, zeros, arange, NDArray } from "ndalias";

const TILE = 3;

export class RasterTile {
  data: NDArray;
  stats: NDArray;
  next: RasterTile | null = null;
  readonly parentId: string | null;

  constructor(readonly id: string, data: NDArray, parentId: string | null = null) {
    this.data = data;
    this.stats = zeros(3);
    this.parentId = parentId;
  }

  /** Refreshes min/max/mean in place. */
  refresh(): void {
    this.stats.set(0, this.data.min());
    this.stats.set(1, this.data.max());
    this.stats.set(2, this.data.mean());
  }

  /** Resets the tile to a constant value and returns the previous mean. */
  reset(value: number): number {
    const previous = this.data.mean();
    this.data.fill(value);
    this.stats.fill(value);
    return previous;
  }
}

export class TileIndex {
  head: RasterTile | null = null;
  tail: RasterTile | null = null;
  count = 0;

  append(tile: RasterTile): void {
    if (this.tail) this.tail.next = tile;
    else this.head = tile;
    this.tail = tile;
    this.count++;
  }

  *[Symbol.iterator](): Generator<RasterTile> {
    for (let t = this.head; t; t = t.next) yield t;
  }
}

/** Cuts a raster into TILE x TILE tiles, copying each window so tiles own their memory. */
export function cutTiles(raster: NDArray, prefix: string): TileIndex {
  const [rows, cols] = raster.shape;
  const index = new TileIndex();
  for (let r = 0; r + TILE <= rows; r += TILE) {
    for (let c = 0; c + TILE <= cols; c += TILE) {
      const window = raster.slice(`${r}:${r + TILE}, ${c}:${c + TILE}`).copy();
      index.append(new RasterTile(`${prefix}_${r / TILE}_${c / TILE}`, window, prefix));
    }
  }
  return index;
}

/** Object-dtype lookup from tile ordinal to the tile's array, for the legacy reader. */
export function arrayLookup(index: TileIndex): NDArray {
  const tiles = [...index];
  const lookup = empty(tiles.length, "object");
  for (let i = 0; i < tiles.length; i++) {
    lookup.set(i, tiles[i].data);
  }
  return lookup;
}

const raster = arange(0, 36).reshape(6, 6);
const index = cutTiles(raster, "R1");

const first = index.head;
const second = first?.next ?? null;
if (first && second) {
  const bridge = new RasterTile("bridge", first.data.add(second.data).div(2), first.id);
  bridge.next = second;
  first.next = bridge;
  index.count++;
  bridge.refresh();
  console.log("bridge stats:", bridge.stats.tolist());
}

for (const tile of index) {
  tile.refresh();
}
const lookup = arrayLookup(index);
const catalogue = empty(2, "object");
catalogue.set(0, lookup);
catalogue.set(1, raster);

const last = index.tail;
if (last) console.log("last tile previous mean:", last.reset(-1));

for (const tile of index) {
  console.log(`${tile.id} (parent ${tile.parentId}):`, tile.stats.tolist());
}
console.log("lookup[1]:", (lookup.get(1) as NDArray).tolist());
console.log("raster total:", (catalogue.get(1) as NDArray).sum());
