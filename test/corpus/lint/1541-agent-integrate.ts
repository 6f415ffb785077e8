// Falling-agent physics for a platformer AI: gravity, drag, Euler integration, arena clamping and look-ahead prediction.
import { array, zeros, NDArray } from "ndalias";

const GRAVITY = array([0, -9.81]);
const ARENA_HALF = 20;
const DRAG = 0.02;

function gravityImpulse(dt: number): NDArray {
  const impulse = GRAVITY;
  impulse.imul(dt); // expect: no-alias-mutation
  return impulse;
}

function applyDrag(vel: NDArray, k: number): void {
  vel.imul(1 - k);
}

function integrate(pos: NDArray, vel: NDArray, dt: number): NDArray {
  pos.iadd(vel.mul(dt)); // expect: no-alias-mutation
  return pos;
}

function clampToArena(pos: NDArray): NDArray {
  const out = pos.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.max(-ARENA_HALF, Math.min(ARENA_HALF, out.get(i))));
  }
  return out;
}

function length(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

class Agent {
  pos: NDArray;
  vel: NDArray;
  grounded = false;

  constructor(readonly id: number, x: number, y: number, readonly mass: number) {
    this.pos = array([x, y]);
    this.vel = zeros(2);
  }

  jump(strength: number): void {
    if (this.grounded) {
      this.vel.set(1, strength / this.mass);
      this.grounded = false;
    }
  }

  update(dt: number): void {
    this.vel.iadd(gravityImpulse(dt));
    applyDrag(this.vel, DRAG);
    this.pos.iadd(this.vel.mul(dt));
    this.pos = clampToArena(this.pos);
    if (this.pos.get(1) <= -ARENA_HALF) {
      this.vel.set(1, 0);
      this.grounded = true;
    }
  }

  predictedPosition(horizon: number): NDArray {
    return integrate(this.pos, this.vel, horizon);
  }

  kineticEnergy(): number {
    return 0.5 * this.mass * this.vel.mul(this.vel).sum();
  }

  distanceTo(other: Agent): number {
    return length(other.pos.sub(this.pos));
  }
}

function closestPair(agents: Agent[]): [number, number, number] {
  let best = Infinity;
  let pair: [number, number] = [0, 0];
  for (let i = 0; i < agents.length; i++) {
    for (let j = i + 1; j < agents.length; j++) {
      const d = agents[i].distanceTo(agents[j]);
      if (d < best) {
        best = d;
        pair = [i, j];
      }
    }
  }
  return [pair[0], pair[1], best];
}

function willLandOnPlatform(agent: Agent, platformY: number, horizon: number): boolean {
  const ahead = agent.predictedPosition(horizon);
  return ahead.get(1) <= platformY && agent.pos.get(1) > platformY;
}

const agents = [new Agent(0, 0, 10, 1), new Agent(1, 5, 12, 1.5), new Agent(2, -3, 8, 2)];
const dt = 1 / 30;

for (let frame = 0; frame < 90; frame++) {
  for (const agent of agents) {
    agent.update(dt);
    if (frame % 30 === 0) agent.jump(6);
  }
  if (frame % 30 === 29) {
    const [i, j, d] = closestPair(agents);
    console.log(`frame ${frame}: closest agents ${i} and ${j} at ${d.toFixed(2)}`);
  }
}

for (const agent of agents) {
  const landing = willLandOnPlatform(agent, 2, 0.25);
  console.log(
    `agent ${agent.id}: pos=${JSON.stringify(agent.pos.tolist())}`,
    `energy=${agent.kineticEnergy().toFixed(3)} landing=${landing}`,
  );
}
console.log("gravity vector after the run:", GRAVITY.tolist());
