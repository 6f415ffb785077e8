// Firework emitter: bursts spawn particle batches from fresh buffers, a pure update maps them forward, and fading sparks are culled each frame.
import { array, full, linspace, ones, zeros, NDArray } from "ndalias";

interface Batch {
  readonly pos: NDArray; // n x 2
  readonly vel: NDArray; // n x 2
  readonly life: NDArray; // n
  readonly hue: number;
}

const GRAVITY = array([0, -4]);
const DRAG = 0.96;

function ring(n: number, speed: number): NDArray {
  const flat = zeros(n * 2);
  const angles = linspace(0, 2 * Math.PI, n + 1);
  for (let i = 0; i < n; i++) {
    flat.set(2 * i, speed * Math.cos(angles.get(i)));
    flat.set(2 * i + 1, speed * Math.sin(angles.get(i)));
  }
  return flat.reshape(n, 2);
}

function burst(x: number, y: number, n: number, speed: number, hue: number): Batch {
  const pos = zeros([n, 2]);
  pos.slice(":, 0").fill(x);
  pos.slice(":, 1").fill(y);
  const life = full(n, 1.0);
  life.slice("::2").imul(0.7);
  return { pos, vel: ring(n, speed), life, hue };
}

function update(b: Batch, dt: number): Batch {
  const vel = b.vel.mul(DRAG).add(GRAVITY.mul(dt));
  return {
    ...b,
    pos: b.pos.add(vel.mul(dt)),
    vel,
    life: b.life.sub(dt * 0.5),
  };
}

function alive(b: Batch): number[] {
  const keep: number[] = [];
  for (let i = 0; i < b.life.size; i++) if (b.life.get(i) > 0) keep.push(i);
  return keep;
}

function cull(b: Batch): Batch {
  const keep = alive(b);
  if (keep.length === b.life.size) return b;
  return { ...b, pos: b.pos.take(keep, 0), vel: b.vel.take(keep, 0), life: b.life.take(keep) };
}

function brightness(b: Batch): number {
  return b.life.size === 0 ? 0 : b.life.mean();
}

function highest(b: Batch): number {
  return b.pos.size === 0 ? 0 : b.pos.slice(":, 1").max();
}

let batches: Batch[] = [burst(0, 10, 8, 3, 30), burst(6, 12, 6, 2, 200)];

const sparks = ones(4);
const embers = ones(4);
sparks.imul(2);
console.log("embers stay dim:", embers.tolist(), "sparks:", sparks.tolist());

const launchHeights = array(batches.map((b) => highest(b)));
const before = launchHeights.copy();
launchHeights.iadd(1.5);
console.log("fuse heights:", before.tolist(), "->", launchHeights.tolist());

for (let frame = 1; frame <= 6; frame++) {
  batches = batches.map((b) => cull(update(b, 0.5)));
  if (frame === 3) batches = [...batches, burst(3, 8, 5, 4, 120)];
  const report = batches.map((b) => `hue ${b.hue}: ${b.life.size} live, glow ${brightness(b).toFixed(2)}`);
  console.log(`frame ${frame}:`, report.join(" | "));
}

const peak = Math.max(...batches.map(highest));
console.log("highest spark:", peak.toFixed(2));
console.log("final positions of the first batch:", batches[0].pos.tolist());
