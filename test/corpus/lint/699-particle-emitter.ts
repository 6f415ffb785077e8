// 2-D game engine particle effects: emitters with position/velocity/life buffers, bursts, fading alpha maps and a spawn log.
import { array, zeros, linspace, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface EmitterConfig {
  name: string;
  count: number;
  maxLife: number;
  gravity: number;
  drag: number;
}

const SPAWN_LOG = zeros(8);
let spawnCursor = 0;

function logSpawn(count: number): number {
  SPAWN_LOG.set(spawnCursor % SPAWN_LOG.size, count);
  spawnCursor += 1;
  return SPAWN_LOG.sum();
}

const resetSpawnLog = () => SPAWN_LOG.fill(0);

function makeHitCounter(buckets: number): (bucket: number) => number {
  const hits = zeros(buckets);
  return (bucket: number) => hits.set(bucket % buckets, hits.get(bucket % buckets) + 1).sum();
}

class Registry<K, V> {
  private readonly store = new Map<K, V>();
  register(k: K, v: V): V {
    this.store.set(k, v);
    return v;
  }
  resolve(k: K): Result<V> {
    const v = this.store.get(k);
    return v === undefined ? { ok: false, error: `missing ${String(k)}` } : { ok: true, value: v };
  }
  list(): V[] {
    return [...this.store.values()];
  }
}

/** Clamps a buffer into [0, 1] in place. */
function clampUnit(buf: NDArray): void {
  for (let i = 0; i < buf.size; i++) {
    const v = buf.get(i);
    if (v < 0) buf.set(i, 0);
    else if (v > 1) buf.set(i, 1);
  }
}

function unitCircle(n: number): NDArray {
  const angles = linspace(0, 2 * Math.PI, n + 1);
  const dirs = zeros([n, 2]);
  for (let i = 0; i < n; i++) {
    dirs.set([i, 0], Math.cos(angles.get(i)));
    dirs.set([i, 1], Math.sin(angles.get(i)));
  }
  return dirs;
}

class Emitter {
  private readonly pos: NDArray;
  private readonly vel: NDArray;
  private readonly life: NDArray;

  constructor(readonly config: EmitterConfig, readonly origin: NDArray) {
    this.pos = zeros([config.count, 2]);
    this.vel = zeros([config.count, 2]);
    this.life = zeros(config.count);
  }

  burst(speed: number): number {
    const dirs = unitCircle(this.config.count);
    dirs.imul(speed);
    for (let i = 0; i < this.config.count; i++) {
      this.pos.assign(`${i}`, this.origin);
    }
    this.vel.assign(":", dirs);
    this.life.fill(this.config.maxLife);
    return logSpawn(dirs.shape[0]);
  }

  update(dt: number): number {
    const oldest = this.life.slice(":2");
    const oldestBefore = oldest.min();
    this.vel.slice(":", 1).isub(this.config.gravity * dt);
    this.vel.imul(1 - this.config.drag * dt);
    this.pos.iadd(this.vel.mul(dt));
    this.life.isub(dt);
    let alive = 0;
    for (let i = 0; i < this.life.size; i++) if (this.life.get(i) > 0) alive++;
    return oldestBefore > 0 ? alive : 0;
  }

  alphaMap(): NDArray {
    const alpha = this.life.div(this.config.maxLife);
    clampUnit(alpha);
    return alpha;
  }

  centroid(): NDArray {
    const c = zeros(2);
    for (let i = 0; i < this.config.count; i++) c.iadd(this.pos.slice(i));
    c.idiv(Math.max(1, this.config.count));
    return c;
  }

  snapshot(): NDArray {
    return this.pos.copy();
  }
}

function pickEmitter(emitters: Registry<string, Emitter>, name: string): Option<Emitter> {
  const r = emitters.resolve(name);
  return r.ok ? r.value : undefined;
}

function spreadOf(points: NDArray): number {
  const centred = points.sub(points.mean());
  const sq = centred.mul(centred);
  return Math.sqrt(sq.mean());
}

function blendedColour(hot: boolean, base: NDArray, tint: NDArray): NDArray {
  const colour = hot ? base.copy() : tint.copy();
  colour.imul(hot ? 1.2 : 0.8);
  clampUnit(colour);
  return colour;
}

const emitters = new Registry<string, Emitter>();
emitters.register("spark", new Emitter({ name: "spark", count: 6, maxLife: 0.5, gravity: 4, drag: 0.5 }, array([10, 5])));
emitters.register("smoke", new Emitter({ name: "smoke", count: 4, maxLife: 2.0, gravity: -1, drag: 2 }, array([3, 1])));

const hitCounter = makeHitCounter(4);
for (const e of emitters.list()) {
  console.log(`${e.config.name}: burst -> spawn log total ${e.burst(e.config.name === "spark" ? 6 : 1)}`);
  hitCounter(e.config.count);
}

const spark = pickEmitter(emitters, "spark");
if (spark) {
  const before = spark.snapshot();
  for (let t = 0; t < 5; t++) spark.update(0.05);
  console.log("spark alive:", spark.update(0.05), "centroid:", spark.centroid().tolist());
  console.log("spread before/after:", spreadOf(before).toFixed(3), spreadOf(spark.snapshot()).toFixed(3));
  console.log("alpha:", spark.alphaMap().tolist());
}

const fireBase = array([1.0, 0.5, 0.1]);
const smokeTint = array([0.4, 0.4, 0.45]);
console.log("hot colour:", blendedColour(true, fireBase, smokeTint).tolist(), "base kept:", fireBase.tolist());
console.log("hits so far:", hitCounter(1));
resetSpawnLog();
console.log("spawn log after reset:", SPAWN_LOG.tolist());
