// Predator-prey simulation with checkpoint/rollback: checkpoints are copies, rollback rebinds the state, and the driver edits only arrays it got as copies or made itself.
import { array, zeros, NDArray } from "ndalias";

class LotkaVolterra {
  private state: NDArray; // [prey, predators]
  private readonly rates: NDArray; // [alpha, beta, delta, gamma]
  private checkpoints: NDArray[] = [];
  private t = 0;

  constructor(prey: number, predators: number, rates: number[]) {
    this.state = array([prey, predators]);
    this.rates = array(rates);
  }

  update(dt: number): NDArray {
    const [x, y] = [this.state.get(0), this.state.get(1)];
    const [a, b, d, g] = [this.rates.get(0), this.rates.get(1), this.rates.get(2), this.rates.get(3)];
    const deriv = array([a * x - b * x * y, d * x * y - g * y]);
    deriv.imul(dt);
    this.state.iadd(deriv);
    this.t += dt;
    return this.state.copy();
  }

  checkpoint(): number {
    this.checkpoints.push(this.state.copy());
    return this.checkpoints.length;
  }

  rollback(): boolean {
    const saved = this.checkpoints.pop();
    if (saved === undefined) return false;
    this.state = saved;
    return true;
  }

  snapshot(): NDArray {
    return this.state.copy();
  }

  reset(prey: number, predators: number): void {
    this.state.set(0, prey);
    this.state.set(1, predators);
    this.checkpoints = [];
    this.t = 0;
  }

  get time(): number {
    return this.t;
  }
}

function run(sim: LotkaVolterra, steps: number, dt: number): NDArray {
  const trace = zeros([steps, 2]);
  for (let k = 0; k < steps; k++) {
    trace.assign(k, sim.update(dt));
  }
  return trace;
}

const sim = new LotkaVolterra(10, 5, [1.1, 0.4, 0.1, 0.4]);
sim.checkpoint();
const trace = run(sim, 5, 0.1);
const lastRow = trace.slice(-1);
console.log("last:", lastRow.tolist(), "t =", sim.time.toFixed(2));

const snap = sim.snapshot();
snap.imul(1.5);
console.log("what-if x1.5:", snap.tolist());

sim.rollback();
const step = sim.update(0.1);
step.isub(sim.snapshot());
console.log("zero diff:", step.tolist());
sim.reset(10, 5);
console.log("after reset:", sim.snapshot().tolist());
