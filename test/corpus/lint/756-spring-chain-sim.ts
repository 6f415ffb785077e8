// Mass-spring simulation: particles linked into a chain, anchored to a fixed frame, with a sensor attached to one body.
import { array, zeros, NDArray } from "ndalias";

class Frame {
  readonly origin: NDArray;
  constructor(origin: NDArray) {
    this.origin = origin.copy();
  }
}

class Sensor {
  readings: NDArray;
  host: Particle | null = null;
  private cursor = 0;
  constructor(capacity: number) {
    this.readings = zeros(capacity);
  }
  record(value: number): void {
    if (this.cursor < this.readings.size) {
      this.readings.set(this.cursor, value);
      this.cursor++;
    }
  }
  recorded(): NDArray {
    return this.readings.slice(`0:${this.cursor}`).copy();
  }
}

class Particle {
  pos: NDArray;
  vel: NDArray;
  rest: NDArray;
  next: Particle | null = null;
  anchor: Frame | null = null;
  sensor: Sensor | null = null;

  constructor(
    readonly name: string,
    pos: NDArray,
  ) {
    this.pos = pos.copy();
    this.vel = zeros(pos.size);
    this.rest = this.pos.copy();
  }

  clone(name: string): Particle {
    const twin = new Particle(name, this.pos);
    twin.vel = this.vel.copy();
    return twin;
  }

  pull(offset: NDArray): void {
    this.pos.iadd(offset);
  }

  displacement(): number {
    const d = this.pos.sub(this.rest);
    return Math.sqrt(d.mul(d).sum());
  }
}

function buildChain(count: number, spacing: number, frame: Frame): Particle[] {
  const particles: Particle[] = [];
  let prev: Particle | null = null;
  for (let i = 0; i < count; i++) {
    const p: Particle = new Particle(`p${i}`, array([i * spacing, 0]));
    if (prev !== null) prev.next = p;
    else p.anchor = frame;
    particles.push(p);
    prev = p;
  }
  return particles;
}

function attachSensor(body: Particle, capacity: number): Sensor {
  const sensor = new Sensor(capacity);
  sensor.host = body;
  body.sensor = sensor; // expect: no-reference-cycle
  return sensor;
}

function springForce(a: Particle, b: Particle, stiffness: number, restLength: number): NDArray {
  const delta = b.pos.sub(a.pos);
  const length = Math.sqrt(delta.mul(delta).sum()) || 1;
  const force = delta.mul((stiffness * (length - restLength)) / length);
  return force;
}

function step(chain: Particle[], dt: number, stiffness: number, spacing: number): void {
  const forces = chain.map((p) => zeros(p.pos.size));
  for (let i = 0; i + 1 < chain.length; i++) {
    const f = springForce(chain[i], chain[i + 1], stiffness, spacing);
    forces[i].iadd(f);
    forces[i + 1].isub(f);
  }
  for (let i = 0; i < chain.length; i++) {
    const p = chain[i];
    if (p.anchor !== null) continue;
    p.vel.iadd(forces[i].mul(dt));
    p.vel.imul(0.98);
    p.pos.iadd(p.vel.mul(dt));
    p.sensor?.record(p.displacement());
  }
}

const frame = new Frame(array([0, 0]));
const chain = buildChain(4, 1.0, frame);
const tip = chain[chain.length - 1];
const tipSensor = attachSensor(tip, 16);

tip.pull(array([0.5, -0.3]));
const ghost = tip.clone("ghost");
ghost.pos.fill(0);
console.log("tip after pull:", tip.pos.tolist(), "ghost reset:", ghost.pos.tolist());

for (let t = 0; t < 10; t++) {
  step(chain, 0.05, 20, 1.0);
}

let node: Particle | null = chain[0];
while (node !== null) {
  console.log(node.name, "pos", node.pos.tolist(), "displacement", node.displacement().toFixed(4));
  node = node.next;
}
const trace = tipSensor.recorded();
trace.imul(1000);
console.log("tip displacement trace (mm):", trace.tolist());
console.log("frame origin:", frame.origin.tolist(), "sensor host:", tipSensor.host?.name);
