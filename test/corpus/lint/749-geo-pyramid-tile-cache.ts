// Serves map tiles from an overview pyramid: 2x averaging overviews, an LRU tile cache keyed by z/x/y, hillshading and colour-ramp products.
import { zeros, NDArray } from "ndalias";

const TILE = 4;

class LruNode {
  prev: LruNode | null = null;
  next: LruNode | null = null;
  constructor(readonly key: string) {}
}

function downsample2x(r: NDArray): NDArray {
  const rows = Math.floor(r.shape[0] / 2);
  const cols = Math.floor(r.shape[1] / 2);
  const out = zeros([rows, cols]);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      out.set([i, j], r.slice(`${2 * i}:${2 * i + 2}, ${2 * j}:${2 * j + 2}`).mean());
    }
  }
  return out;
}

function clampToRange(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    const v = x.data[i] as number;
    if (v < lo) x.data[i] = lo;
    else if (v > hi) x.data[i] = hi;
  }
}

function hillshade(dem: NDArray, azimuthDeg: number, altitudeDeg: number, cell: number): NDArray {
  const rows = dem.shape[0];
  const cols = dem.shape[1];
  const out = zeros([rows, cols]);
  const az = (azimuthDeg * Math.PI) / 180;
  const alt = (altitudeDeg * Math.PI) / 180;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const left = dem.get(i, Math.max(0, j - 1));
      const right = dem.get(i, Math.min(cols - 1, j + 1));
      const up = dem.get(Math.max(0, i - 1), j);
      const down = dem.get(Math.min(rows - 1, i + 1), j);
      const dzdx = (right - left) / (2 * cell);
      const dzdy = (down - up) / (2 * cell);
      const slope = Math.atan(Math.hypot(dzdx, dzdy));
      const aspect = Math.atan2(dzdy, -dzdx);
      const shade = Math.sin(alt) * Math.cos(slope) + Math.cos(alt) * Math.sin(slope) * Math.cos(az - aspect);
      out.set([i, j], Math.max(0, shade));
    }
  }
  return out;
}

class Pyramid {
  private readonly levels: NDArray[] = [];

  constructor(base: NDArray, minSize: number) {
    let current = base.copy();
    this.levels.push(current);
    while (current.shape[0] / 2 >= minSize && current.shape[1] / 2 >= minSize) {
      current = downsample2x(current);
      this.levels.push(current);
    }
  }

  get depth(): number {
    return this.levels.length;
  }

  level(z: number): NDArray {
    const lv = this.levels[this.depth - 1 - z];
    if (!lv) throw new RangeError(`zoom ${z} outside 0..${this.depth - 1}`);
    return lv;
  }

  exaggerate(k: number): void {
    for (let l = 0; l < this.levels.length; l++) this.levels[l].imul(k);
  }
}

class TileCache {
  private readonly tiles = new Map<string, NDArray>();
  private readonly nodes = new Map<string, LruNode>();
  private head: LruNode | null = null;
  private tail: LruNode | null = null;
  hits = 0;
  misses = 0;

  constructor(private readonly pyramid: Pyramid, private readonly capacity: number) {}

  private unlink(node: LruNode): void {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.tail = node.prev;
    node.prev = null;
    node.next = null;
  }

  private pushFront(node: LruNode): void {
    node.next = this.head;
    if (this.head) this.head.prev = node;
    this.head = node;
    if (!this.tail) this.tail = node;
  }

  private evictIfNeeded(): void {
    while (this.nodes.size > this.capacity && this.tail) {
      const victim = this.tail;
      this.unlink(victim);
      this.nodes.delete(victim.key);
      this.tiles.delete(victim.key);
    }
  }

  get(z: number, x: number, y: number): NDArray {
    const key = `${z}/${x}/${y}`;
    const node = this.nodes.get(key);
    const cached = this.tiles.get(key);
    if (node && cached) {
      this.hits++;
      this.unlink(node);
      this.pushFront(node);
      return cached;
    }
    this.misses++;
    const lv = this.pyramid.level(z);
    const tile = lv.slice(`${y * TILE}:${(y + 1) * TILE}, ${x * TILE}:${(x + 1) * TILE}`).copy();
    const fresh = new LruNode(key);
    this.pushFront(fresh);
    this.nodes.set(key, fresh);
    this.tiles.set(key, tile);
    this.evictIfNeeded();
    return tile;
  }

  clear(): void {
    this.tiles.clear();
    this.nodes.clear();
    this.head = null;
    this.tail = null;
  }
}

function colourRamp(tile: NDArray, lo: number, hi: number): NDArray {
  const ramp = tile.sub(lo);
  ramp.imul(255 / Math.max(1e-9, hi - lo));
  clampToRange(ramp, 0, 255);
  return ramp.astype("uint8");
}

function baseDem(size: number): NDArray {
  const dem = zeros([size, size]);
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) dem.set([i, j], 500 + 30 * Math.sin(i * 0.5) * Math.cos(j * 0.4) + 2 * i);
  }
  return dem;
}

const dem = baseDem(16);
const pyramid = new Pyramid(dem, TILE);
const cache = new TileCache(pyramid, 3);
const requests: Array<[number, number, number]> = [[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 0, 0], [2, 3, 3], [1, 1, 1], [1, 0, 0]];
for (const [z, x, y] of requests) {
  const tile = cache.get(z, x, y);
  const shade = hillshade(tile, 315, 45, 30 * Math.pow(2, pyramid.depth - 1 - z));
  const rgb = colourRamp(tile, 450, 600);
  console.log(`tile ${z}/${x}/${y}: mean shade ${shade.mean().toFixed(3)}, ramp max ${rgb.max()}`);
}
console.log(`cache hits ${cache.hits}, misses ${cache.misses}, levels ${pyramid.depth}`);
pyramid.exaggerate(1.5);
cache.clear();
console.log("exaggerated overview:", cache.get(0, 0, 0).tolist());
console.log("source dem untouched:", dem.get(0, 0), dem.max().toFixed(2));
