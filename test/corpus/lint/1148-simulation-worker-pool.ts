// Simulation worker pool: each worker clones the shared initial state, advances it independently and reports its energy.
import { array, zeros, NDArray } from "ndalias";

const INITIAL_STATE = array([
  [0, 1],
  [1, 0],
  [0.5, 0.5],
]);

class SimWorker {
  private state: NDArray;
  steps = 0;

  constructor(readonly id: number) {
    this.state = INITIAL_STATE.copy();
  }

  async step(dt: number): Promise<number> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const velocity = this.state.slice(":", 1).copy();
    velocity.imul(dt);
    this.state.slice(":", 0).iadd(velocity);
    this.state.slice(":", 1).imul(1 - 0.01 * this.id);
    this.steps++;
    return this.energy();
  }

  energy(): number {
    const v = this.state.slice(":", 1);
    return v.mul(v).sum() / 2;
  }

  positions(): number[] {
    return this.state.slice(":", 0).tolist() as number[];
  }
}

function perturbed(scale: number, jitter: number): NDArray {
  let state: NDArray = INITIAL_STATE;
  state = state.mul(scale);
  state.iadd(jitter);
  return state;
}

class Pool {
  private workers: SimWorker[];
  constructor(count: number) {
    this.workers = Array.from({ length: count }, (_, i) => new SimWorker(i));
  }

  totalSteps(): number {
    return this.workers.reduce((acc, w) => acc + w.steps, 0);
  }

  async run(steps: number, dt: number): Promise<number[]> {
    let energies = zeros(this.workers.length);
    for (let s = 0; s < steps; s++) {
      const e = await Promise.all(this.workers.map((w) => w.step(dt * (w.id + 1))));
      energies = energies.add(array(e));
    }
    energies.idiv(Math.max(1, steps));
    return energies.tolist() as number[];
  }

  spread(): number {
    const [first, second] = [zeros(this.workers.length), zeros(this.workers.length)];
    this.workers.forEach((w, i) => {
      const pos = w.positions();
      first.set(i, pos[0]);
      second.set(i, pos[1]);
    });
    first.isub(second);
    return first.max() - first.min();
  }
}

async function main(): Promise<void> {
  const pool = new Pool(3);
  const meanEnergy = await pool.run(5, 0.1);
  console.log("mean energy per worker:", meanEnergy.map((e) => e.toFixed(4)));
  console.log("position spread:", pool.spread().toFixed(4), "steps:", pool.totalSteps());

  const variant = perturbed(2, 0.1);
  console.log("perturbed start:", variant.tolist());
  console.log("initial state untouched:", INITIAL_STATE.tolist());
}

await main();
