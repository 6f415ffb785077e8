// Particle physics step with a contact buffer reused every frame: gravity, floor detection and a bounce response.
import { array, zeros, NDArray } from "ndalias";

const MAX_CONTACTS = 8;
const FLOOR_Y = 0;

class ParticleSystem {
  positions: NDArray;
  velocities: NDArray;
  readonly contacts: NDArray;
  contactCount = 0;

  constructor(points: number[][]) {
    this.positions = array(points);
    this.velocities = zeros([points.length, 2]);
    this.contacts = zeros(MAX_CONTACTS, "int32");
  }

  get count(): number {
    return this.positions.shape[0];
  }

  applyGravity(dt: number): void {
    this.velocities.slice(":", 1).isub(9.81 * dt);
  }

  integrate(dt: number): void {
    this.positions.iadd(this.velocities.mul(dt));
  }

  detect(floorY: number): number {
    this.contacts.fill(-1);
    this.contactCount = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.positions.get(i, 1) < floorY && this.contactCount < MAX_CONTACTS) {
        this.contacts.set(this.contactCount, i);
        this.contactCount++;
      }
    }
    return this.contactCount;
  }

  contactIndices(): number[] {
    const hit: number[] = [];
    for (let k = 0; k < this.contactCount; k++) {
      hit.push(this.contacts.get(k));
    }
    return hit;
  }

  resolve(floorY: number, restitution: number): void {
    if (this.contactCount === 0) return;
    const hit = this.contactIndices();
    const hitPos = this.positions.take(hit, 0);
    hitPos.assign(":, 1", floorY); // expect: no-lost-write
    this.velocities.take(hit, 0).imul(-restitution); // expect: no-lost-write
  }

  lowestHeight(): number {
    const heights = this.positions.slice(":", 1).copy();
    heights.sort();
    return heights.get(0);
  }

  debugContacts(): number[] {
    const live = this.contacts.slice(`:${this.contactCount}`);
    return live.tolist() as number[];
  }

  averageSpeed(): number {
    const sq = this.velocities.mul(this.velocities);
    let total = 0;
    for (let i = 0; i < this.count; i++) {
      total += Math.sqrt(sq.get(i, 0) + sq.get(i, 1));
    }
    return total / this.count;
  }
}

function spawnRain(n: number, width: number, height: number): number[][] {
  const pts: number[][] = [];
  for (let i = 0; i < n; i++) {
    const x = (i / Math.max(1, n - 1)) * width;
    const y = height * (0.3 + 0.7 * ((i * 37) % 11) / 11);
    pts.push([x, y]);
  }
  return pts;
}

const system = new ParticleSystem(spawnRain(6, 10, 2));
const dt = 1 / 20;

for (let frame = 0; frame < 30; frame++) {
  system.applyGravity(dt);
  system.integrate(dt);
  const n = system.detect(FLOOR_Y);
  if (n > 0) {
    system.resolve(FLOOR_Y, 0.6);
  }
  if (frame % 10 === 9) {
    console.log(
      `frame ${frame}: contacts=${JSON.stringify(system.debugContacts())}`,
      `lowest=${system.lowestHeight().toFixed(3)} speed=${system.averageSpeed().toFixed(3)}`,
    );
  }
}

console.log("final positions:", system.positions.tolist());
