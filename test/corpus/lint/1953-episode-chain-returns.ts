// Keeps finished episodes in a doubly linked chain so n-step targets can look across episode boundaries, and logs discounted returns.
import { array, zeros, NDArray } from "ndalias";

const GAMMA = 0.9;
const N_STEP = 3;

class Episode {
  prev: Episode | null = null;
  next: Episode | null = null;
  values: NDArray;

  constructor(readonly id: number, public rewards: NDArray) {
    this.values = zeros(rewards.size);
  }

  get length(): number {
    return this.rewards.size;
  }
}

function linkEpisodes(rewardLists: number[][]): Episode[] {
  const episodes: Episode[] = [];
  let last: Episode | null = null;
  for (let i = 0; i < rewardLists.length; i++) {
    const ep = new Episode(i, array(rewardLists[i]));
    if (last !== null) {
      last.next = ep;
      ep.prev = last; // expect: no-reference-cycle
    }
    episodes.push(ep);
    last = ep;
  }
  return episodes;
}

/** Discounted return of every step of one episode. */
function discountedReturns(ep: Episode, gamma: number): NDArray {
  const out = ep.rewards;
  let running = 0;
  for (let t = ep.length - 1; t >= 0; t--) {
    running = out.get(t) + gamma * running;
    out.set(t, running); // expect: no-alias-mutation
  }
  return out;
}

/** n-step bootstrapped targets; the reward vector itself is left unchanged. */
function nStepTargets(ep: Episode, n: number, gamma: number): NDArray {
  const targets = zeros(ep.length);
  for (let t = 0; t < ep.length; t++) {
    let g = 0;
    let k = 0;
    for (; k < n && t + k < ep.length; k++) {
      g += gamma ** k * ep.rewards.get(t + k);
    }
    if (t + k < ep.length) g += gamma ** k * ep.values.get(t + k);
    targets.set(t, g);
  }
  return targets;
}

function fitValues(ep: Episode, targets: NDArray, lr: number): void {
  const err = targets.sub(ep.values);
  ep.values.iadd(err.mul(lr));
}

function chainLength(head: Episode): number {
  let n = 0;
  for (let e: Episode | null = head; e !== null; e = e.next) n += 1;
  return n;
}

const episodes = linkEpisodes([
  [0, 0, 1],
  [0, 1, 0, 0, 1],
  [1, 0],
  [0, 0, 0, 1],
]);
console.log("episodes in chain:", chainLength(episodes[0]));

for (let sweep = 0; sweep < 5; sweep++) {
  for (const ep of episodes) {
    fitValues(ep, nStepTargets(ep, N_STEP, GAMMA), 0.5);
  }
}

const returnsPerEpisode = episodes.map((ep) => discountedReturns(ep, GAMMA));
for (const ep of episodes) {
  const total = ep.rewards.sum();
  const first = returnsPerEpisode[ep.id].get(0);
  const before = ep.prev ? ep.prev.id : "none";
  console.log(`episode ${ep.id} (after ${before}): reward sum ${total.toFixed(3)}, G0 ${Number(first).toFixed(3)}`);
}

// Per-episode value summaries, scaled for display.
const valueTable = episodes.map((ep) => ep.values.mul(100));
console.log("values (x100):", valueTable.map((v) => v.tolist()));
