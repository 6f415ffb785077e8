// 2-D game engine sprite atlas: packs grayscale sprites into a shelf atlas, tints and extracts them, and composes a frame buffer.
import { array, zeros, full, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface Slot {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

class Registry<K, V> {
  private readonly map = new Map<K, V>();
  set(key: K, value: V): void {
    this.map.set(key, value);
  }
  get(key: K): Option<V> {
    return this.map.get(key);
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  delete(key: K): boolean {
    return this.map.delete(key);
  }
  entries(): [K, V][] {
    return [...this.map.entries()];
  }
}

function spec(slot: Slot): string {
  return `${slot.y}:${slot.y + slot.h}, ${slot.x}:${slot.x + slot.w}`;
}

/** Scales a sprite's intensity in place before it is drawn. */
function premultiply(buf: NDArray, alpha: number): void {
  buf.imul(alpha);
}

/** Hard-clamps a buffer to the displayable range in place. */
function clampToDisplay(buf: NDArray): void {
  for (let i = 0; i < buf.size; i++) {
    const v = buf.data[i] as number;
    buf.data[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
}

function checkerSprite(size: number, hi: number): NDArray {
  const s = zeros([size, size]);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % 2 === 0) s.set([y, x], hi);
    }
  }
  return s;
}

class SpriteAtlas {
  private readonly pixels: NDArray;
  private readonly slots = new Registry<string, Slot>();
  private shelfY = 0;
  private shelfX = 0;
  private shelfH = 0;

  constructor(readonly width: number, readonly height: number) {
    this.pixels = zeros([height, width]);
  }

  pack(name: string, sprite: NDArray): Result<Slot> {
    const [h, w] = sprite.shape;
    if (this.shelfX + w > this.width) {
      this.shelfY += this.shelfH;
      this.shelfX = 0;
      this.shelfH = 0;
    }
    if (this.shelfY + h > this.height) return { ok: false, error: `atlas full, cannot fit ${name}` };
    const slot: Slot = { name, x: this.shelfX, y: this.shelfY, w, h };
    this.pixels.assign(spec(slot), sprite);
    this.slots.set(name, slot);
    this.shelfX += w;
    this.shelfH = Math.max(this.shelfH, h);
    return { ok: true, value: slot };
  }

  extract(name: string): Option<NDArray> {
    const slot = this.slots.get(name);
    return slot ? this.pixels.slice(spec(slot)).copy() : undefined;
  }

  tinted(name: string, tint: number): Option<NDArray> {
    const slot = this.slots.get(name);
    if (!slot) return undefined;
    const img = this.pixels.slice(spec(slot)).copy();
    img.imul(tint);
    clampToDisplay(img);
    return img;
  }

  clearSlot(name: string): boolean {
    const slot = this.slots.get(name);
    if (!slot) return false;
    this.pixels.slice(spec(slot)).fill(0);
    return this.slots.delete(name);
  }

  occupancy(): number {
    let used = 0;
    for (const [, slot] of this.slots.entries()) used += slot.w * slot.h;
    return used / (this.width * this.height);
  }

  brightness(name: string): number {
    const slot = this.slots.get(name);
    return slot ? this.pixels.slice(spec(slot)).mean() : 0;
  }

  fadeAll(factor: number): number {
    const corner = this.pixels.slice("0:2, 0:2");
    const cornerBefore = corner.sum();
    this.pixels.imul(factor);
    return cornerBefore;
  }
}

class FrameBuffer {
  readonly buffer: NDArray;
  constructor(w: number, h: number, background: number) {
    this.buffer = full([h, w], background);
  }
  draw(sprite: NDArray, x: number, y: number): number {
    const [h, w] = sprite.shape;
    this.buffer.slice(`${y}:${y + h}, ${x}:${x + w}`).iadd(sprite);
    return h * w;
  }
  present(): number[][] {
    clampToDisplay(this.buffer);
    return this.buffer.tolist() as number[][];
  }
}

const atlas = new SpriteAtlas(8, 8);
const hero = checkerSprite(4, 0.9);
const coin = full([2, 2], 0.7);
const wall = array([
  [0.3, 0.3, 0.3, 0.3],
  [0.5, 0.5, 0.5, 0.5],
]);

for (const [name, sprite] of [["hero", hero], ["coin", coin], ["wall", wall]] as [string, NDArray][]) {
  const placed = atlas.pack(name, sprite);
  console.log(placed.ok ? `${name} at (${placed.value.x}, ${placed.value.y})` : placed.error);
}
console.log("occupancy:", atlas.occupancy().toFixed(3));

const heroRed = atlas.tinted("hero", 1.4);
const coinCopy = atlas.extract("coin");
if (coinCopy) premultiply(coinCopy, 0.5);

const frame = new FrameBuffer(10, 6, 0.1);
if (heroRed) frame.draw(heroRed, 1, 1);
if (coinCopy) frame.draw(coinCopy, 6, 2);
console.log("frame:", frame.present().map((row) => row.map((v) => v.toFixed(1)).join(" ")).join("\n"));

console.log("coin brightness in atlas:", atlas.brightness("coin").toFixed(2));
console.log("corner before fade:", atlas.fadeAll(0.5).toFixed(2), "coin after fade:", atlas.brightness("coin").toFixed(2));
console.log("cleared wall:", atlas.clearSlot("wall"), "occupancy:", atlas.occupancy().toFixed(3));
console.log("source sprites untouched:", hero.sum().toFixed(1), coin.sum().toFixed(1), wall.sum().toFixed(1));
