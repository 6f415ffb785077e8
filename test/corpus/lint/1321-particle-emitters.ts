// Particle emitters with double-buffered positions, an energy monitor and a round-robin ring that decides which emitter spawns next.
import { zeros, full, linspace, NDArray } from "ndalias";

class Emitter {
  static totalSpawned = 0;

  front: NDArray;
  back: NDArray;
  velocity: NDArray;
  next: Emitter | null = null;
  peakSpeed = 0;

  constructor(readonly id: string, count: number, readonly mass: number) {
    this.front = zeros(count);
    this.back = zeros(count);
    this.velocity = linspace(-1, 1, count);
  }

  step(dt: number, gravity: number): void {
    this.back.assign(":", this.front.add(this.velocity.mul(dt)));
    this.velocity.isub(gravity * dt);
    [this.front, this.back] = [this.back, this.front];
  }

  kineticEnergy(): number {
    const speedSq = this.velocity;
    speedSq.imul(this.velocity); // expect: no-alias-mutation
    const energy = 0.5 * this.mass * speedSq.sum();
    this.peakSpeed = Math.max(this.peakSpeed, this.velocity.max());
    return energy;
  }

  momentum(): number {
    return this.mass * this.velocity.sum();
  }

  respawn(speed: number): void {
    this.front.fill(0);
    this.back.fill(0);
    this.velocity = full(this.velocity.size, speed);
    Emitter.totalSpawned += this.front.size;
  }

  get spread(): number {
    return this.front.max() - this.front.min();
  }
}

class SpawnScheduler {
  private current: Emitter | null = null;
  private turns = 0;

  static ring(a: Emitter, b: Emitter, c: Emitter): SpawnScheduler {
    a.next = b;
    b.next = c;
    c.next = a; // expect: no-reference-cycle
    const scheduler = new SpawnScheduler();
    scheduler.current = a;
    return scheduler;
  }

  advance(): Emitter {
    if (this.current === null) throw new Error("empty scheduler");
    const chosen = this.current;
    this.current = chosen.next;
    this.turns++;
    return chosen;
  }

  get rounds(): number {
    return this.turns;
  }
}

class Monitor {
  private readings: number[] = [];

  record(e: Emitter): number {
    const p = e.momentum();
    this.readings.push(p);
    return p;
  }

  summary(): string {
    const n = this.readings.length;
    const avg = n === 0 ? 0 : this.readings.reduce((s, v) => s + v, 0) / n;
    return `${n} readings, mean momentum ${avg.toFixed(3)}`;
  }
}

const sparks = new Emitter("sparks", 6, 0.1);
const smoke = new Emitter("smoke", 4, 0.5);
const embers = new Emitter("embers", 5, 0.2);
const scheduler = SpawnScheduler.ring(sparks, smoke, embers);
const monitor = new Monitor();

for (let tick = 0; tick < 6; tick++) {
  const e = scheduler.advance();
  e.respawn(1 + tick * 0.5);
  for (let k = 0; k < 10; k++) e.step(0.05, 9.81);
  monitor.record(e);
  console.log(`${e.id}: spread ${e.spread.toFixed(3)}`);
}

console.log("energy of sparks:", sparks.kineticEnergy(), "peak speed:", sparks.peakSpeed);
console.log(monitor.summary(), "rounds:", scheduler.rounds, "spawned:", Emitter.totalSpawned);
