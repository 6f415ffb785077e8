// Rolls out a deterministic actor with Ornstein-Uhlenbeck exploration noise on a point-mass task and logs per-episode returns.
import { zeros, full, array, NDArray } from "ndalias";

const OBS_DIM = 2; // position, velocity
const ACT_DIM = 1;
const EPISODES = 4;
const HORIZON = 15;

const EPISODE_RETURNS = zeros(EPISODES);

/** Stores an episode's return and returns the running mean so far. */
function recordReturn(episode: number, ret: number): number {
  EPISODE_RETURNS.set(episode, ret);
  return EPISODE_RETURNS.slice(`:${episode + 1}`).mean();
}

class OUNoise {
  state: NDArray;
  private seed = 7;

  constructor(size: number, readonly theta = 0.15, readonly sigma = 0.2) {
    this.state = zeros(size);
  }

  private uniform(): number {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed / 2147483647 - 0.5;
  }

  sample(): NDArray {
    for (let i = 0; i < this.state.size; i++) {
      const x: number = this.state.get(i);
      this.state.set(i, x - this.theta * x + this.sigma * this.uniform());
    }
    return this.state.copy();
  }

  reset(): void {
    this.state.fill(0);
  }
}

function actor(weights: NDArray, obs: NDArray): NDArray {
  return array([weights.mul(obs).sum()]);
}

function clipInto(action: NDArray, lo: NDArray, hi: NDArray): NDArray {
  const out = action.copy();
  for (let i = 0; i < out.size; i++) {
    const v = out.data[i] as number;
    out.data[i] = Math.min(hi.get(i), Math.max(lo.get(i), v));
  }
  return out;
}

const actorWeights = array([-0.8, -0.5]);
const actionLow = full(ACT_DIM, -1);
const actionHigh = full(ACT_DIM, 1);
const noise = new OUNoise(ACT_DIM);
const dt = 0.1;

for (let ep = 0; ep < EPISODES; ep++) {
  const obs = array([1 + ep * 0.5, 0]);
  noise.reset();
  let episodeReturn = 0;

  for (let t = 0; t < HORIZON; t++) {
    const greedy = actor(actorWeights, obs);
    const action = greedy.copy();
    action.iadd(noise.sample());
    const applied = clipInto(action, actionLow, actionHigh);

    // Keep the pre-step observation for the transition record.
    const prevObs = obs.copy();
    const distanceBefore = Math.abs(obs.get(0));

    // Point-mass dynamics, integrated in place.
    const velocity: number = obs.get(1);
    obs.set(1, velocity + dt * applied.get(0));
    obs.set(0, obs.get(0) + dt * obs.get(1));

    const position = obs.slice(0);
    const reward = -Math.abs(position.get()) - 0.01 * applied.get(0) ** 2;
    episodeReturn += reward;

    if (t === HORIZON - 1) {
      const moved = obs.sub(prevObs);
      console.log(
        `episode ${ep}: start distance ${distanceBefore.toFixed(3)}, last move ${(moved.tolist() as number[]).map((m) => m.toFixed(3))},`,
        `noise effect ${action.sub(greedy).get(0).toFixed(3)}`,
      );
    }
  }

  const runningMean = recordReturn(ep, episodeReturn);
  console.log(`episode ${ep}: return ${episodeReturn.toFixed(3)}, running mean ${runningMean.toFixed(3)}`);
}

console.log("returns:", EPISODE_RETURNS.tolist(), "final OU state:", noise.state.tolist());
