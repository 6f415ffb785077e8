// Particle system for a 2-D effects engine: an emitter spawns particles, the system integrates motion, clamps speeds and reports energy.
import { array, zeros, NDArray } from "ndalias";

interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export class Emitter {
  origin: NDArray;
  spread: NDArray;
  system: ParticleSystem | null = null;
  private emitted = 0;

  constructor(origin: NDArray, spread: NDArray) {
    this.origin = origin.copy();
    this.spread = spread.copy();
  }

  moveTo(x: number, y: number): void {
    this.origin.set(0, x);
    this.origin.set(1, y);
  }

  nextVelocity(): NDArray {
    const angle = (this.emitted++ * 2.399963) % (2 * Math.PI);
    return array([Math.cos(angle) * this.spread.get(0), Math.sin(angle) * this.spread.get(1)]);
  }

  get count(): number {
    return this.emitted;
  }
}

export class ParticleSystem {
  private positions: NDArray;
  private velocities: NDArray;
  private ages: NDArray;
  emitter: Emitter | null = null;
  private readonly stats = new Map<string, number>();
  private cursor = 0;

  constructor(private readonly capacity: number, private readonly maxSpeed: number) {
    this.positions = zeros([capacity, 2]);
    this.velocities = zeros([capacity, 2]);
    this.ages = zeros(capacity);
  }

  static clampSpeed(velocity: NDArray, limit: number): NDArray {
    for (let i = 0; i < velocity.size; i++) {
      const v = velocity.data[i] as number;
      if (Math.abs(v) > limit) {
        velocity.data[i] = Math.sign(v) * limit; // expect: no-alias-mutation
      }
    }
    return velocity;
  }

  static distance(a: NDArray, b: NDArray): number {
    const d = a.sub(b);
    return Math.sqrt(d.mul(d).sum());
  }

  attach(emitter: Emitter): void {
    this.emitter = emitter;
    emitter.system = this; // expect: no-reference-cycle
  }

  detach(): void {
    if (this.emitter) {
      this.emitter.system = null;
    }
    this.emitter = null;
  }

  init(): void {
    this.positions.fill(0);
    this.velocities.fill(0);
    this.ages.fill(0);
    this.cursor = 0;
    this.stats.clear();
  }

  spawn(): number {
    if (!this.emitter) {
      return -1;
    }
    const slot = this.cursor % this.capacity;
    this.positions.assign(`${slot}`, this.emitter.origin);
    this.velocities.assign(`${slot}`, this.emitter.nextVelocity());
    this.ages.set(slot, 0);
    this.cursor++;
    return slot;
  }

  update(dt: number, gravity: number): void {
    this.velocities.slice(":", 1).isub(gravity * dt);
    this.positions.iadd(this.velocities.mul(dt));
    this.ages.iadd(dt);
    this.stats.set("steps", (this.stats.get("steps") ?? 0) + 1);
  }

  limitSpeeds(): void {
    const limited = ParticleSystem.clampSpeed(this.velocities.copy(), this.maxSpeed);
    this.velocities = limited;
  }

  kineticEnergy(): number {
    const squared = this.velocities.ravel();
    squared.imul(squared); // expect: no-view-mutation
    return 0.5 * squared.sum();
  }

  centroid(): NDArray {
    const c = zeros(2);
    c.set(0, this.positions.slice(":", 0).mean());
    c.set(1, this.positions.slice(":", 1).mean());
    return c;
  }

  bounds(): Bounds {
    const xs = this.positions.slice(":", 0);
    const ys = this.positions.slice(":", 1);
    return { minX: xs.min(), maxX: xs.max(), minY: ys.min(), maxY: ys.max() };
  }

  farthestFromEmitter(): number {
    if (!this.emitter) return 0;
    let best = 0;
    for (let i = 0; i < this.capacity; i++) {
      best = Math.max(best, ParticleSystem.distance(this.positions.slice(i), this.emitter.origin));
    }
    return best;
  }

  expire(maxAge: number): number {
    let expired = 0;
    for (let i = 0; i < this.capacity; i++) {
      if (this.ages.get(i) > maxAge) {
        this.positions.slice(i).fill(0);
        this.velocities.slice(i).fill(0);
        expired++;
      }
    }
    return expired;
  }

  snapshot(): NDArray {
    return this.positions.copy();
  }

  speedReport(): number[] {
    const speeds: number[] = [];
    for (let i = 0; i < this.capacity; i++) {
      const v = this.velocities.slice(i);
      speeds.push(Math.sqrt(v.mul(v).sum()));
    }
    return speeds;
  }

  reset(): void {
    this.init();
    this.detach();
  }

  dispose(): void {
    this.positions.dispose();
    this.velocities.dispose();
    this.ages.dispose();
  }
}

const system = new ParticleSystem(6, 3.0);
const emitter = new Emitter(array([0, 0]), array([4, 5]));
system.init();
system.attach(emitter);
for (let step = 0; step < 8; step++) {
  system.spawn();
  system.update(0.1, 9.81);
  system.limitSpeeds();
}
emitter.moveTo(1, 2);
console.log("energy:", system.kineticEnergy());
console.log("centroid:", system.centroid().tolist(), "bounds:", system.bounds());
console.log("farthest:", system.farthestFromEmitter(), "speeds:", system.speedReport());
console.log("expired:", system.expire(0.5), "snapshot:", system.snapshot().tolist());
system.reset();
system.dispose();
