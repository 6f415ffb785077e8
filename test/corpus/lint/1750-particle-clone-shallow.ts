// Particle swarm step: each particle is cloned, the clone is nudged along its velocity, and the better of the two survives.
// runnable
import { array, NDArray } from "ndalias";

class Particle {
  constructor(
    public pos: NDArray,
    public vel: NDArray,
    public bestScore = Infinity,
  ) {}

  clone(): Particle {
    return new Particle(this.pos, this.vel.copy(), this.bestScore);
  }

  speed(): number {
    return Math.sqrt(this.vel.mul(this.vel).sum());
  }
}

function sphere(x: NDArray): number {
  return x.mul(x).sum();
}

function rastrigin(x: NDArray): number {
  let total = 10 * x.size;
  for (let i = 0; i < x.size; i++) {
    const xi = x.get(i);
    total += xi * xi - 10 * Math.cos(2 * Math.PI * xi);
  }
  return total;
}

function dampVelocity(p: Particle, factor: number): void {
  p.vel.imul(factor);
}

function cloneDeep(p: Particle): Particle {
  return new Particle(p.pos.copy(), p.vel.copy(), p.bestScore);
}

const swarm: Particle[] = [
  new Particle(array([1.5, -2.0]), array([-0.5, 0.8])),
  new Particle(array([-3.0, 0.5]), array([1.0, -0.1])),
  new Particle(array([0.2, 0.9]), array([0.05, -0.3])),
];

const inertia = 0.9;
const survivors: Particle[] = [];

for (const p of swarm) {
  p.bestScore = sphere(p.pos);
  const trial = p.clone();
  trial.vel.imul(inertia);
  trial.pos.iadd(trial.vel); // expect: no-alias-mutation
  const trialScore = sphere(trial.pos);
  const keepTrial = trialScore < p.bestScore;
  if (keepTrial) trial.bestScore = trialScore;
  survivors.push(keepTrial ? trial : p);
  console.log(
    `particle kept the ${keepTrial ? "trial" : "original"}; original position`,
    p.pos.tolist(),
    "score",
    p.bestScore.toFixed(3),
  );
}

survivors.forEach((p) => dampVelocity(p, 0.5));

let leader = survivors[0];
for (const s of survivors) {
  if (s.bestScore < leader.bestScore) leader = s;
}

const elite = cloneDeep(leader);
elite.pos.isub(elite.vel.mul(0.5));
const eliteScore = rastrigin(elite.pos);

console.log("leader:", leader.pos.tolist(), "rastrigin:", rastrigin(leader.pos).toFixed(3));
console.log("elite probe:", elite.pos.tolist(), "rastrigin:", eliteScore.toFixed(3));
console.log(
  "speeds:",
  survivors.map((s) => s.speed().toFixed(3)),
);

const summary = {
  best: leader.bestScore,
  meanSpeed: survivors.reduce((acc, s) => acc + s.speed(), 0) / survivors.length,
};
console.log("summary:", summary);
