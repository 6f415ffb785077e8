// Kalman-style tracks: each track is deep-cloned before a speculative predict step, and the speculation is compared with the committed track.
import { array, eye, NDArray } from "ndalias";

class Track {
  constructor(
    public state: NDArray,
    public covariance: NDArray,
    public age = 0,
  ) {}

  clone(): Track {
    return new Track(this.state.copy(), this.covariance.copy(), this.age);
  }

  predict(dt: number): void {
    this.state.set(0, this.state.get(0) + dt * this.state.get(1));
    this.covariance.iadd(eye(2).mul(0.1 * dt));
    this.age += 1;
  }

  correct(measurement: number, gain: number): void {
    const residual = measurement - this.state.get(0);
    this.state.set(0, this.state.get(0) + gain * residual);
    this.covariance.imul(1 - gain);
  }

  uncertainty(): number {
    return this.covariance.get(0, 0);
  }
}

function innovation(track: Track, measurement: number): number {
  return measurement - track.state.get(0);
}

function likelihood(track: Track, measurement: number): number {
  const r = innovation(track, measurement);
  const s = track.uncertainty() + 0.5;
  return Math.exp((-0.5 * r * r) / s) / Math.sqrt(2 * Math.PI * s);
}

const committed = new Track(array([0, 1.5]), eye(2));
const measurements = [1.4, 3.1, 4.4, 9.0, 7.6];

for (const z of measurements) {
  const speculative = committed.clone();
  speculative.predict(1.0);
  speculative.state.set(1, speculative.state.get(1) * 0.98);

  const pSpec = likelihood(speculative, z);
  const pStay = likelihood(committed, z);
  console.log(
    `z=${z}: speculative ${speculative.state.tolist()} (p=${pSpec.toFixed(4)}),`,
    `committed ${committed.state.tolist()} (p=${pStay.toFixed(4)})`,
  );

  if (pSpec >= pStay) {
    committed.predict(1.0);
    committed.correct(z, 0.6);
  } else {
    console.log("  rejected as outlier, committed track unchanged");
  }
}

// a plain-object snapshot with its own buffers, then reset the live track
const snapshot = {
  ...committed,
  state: committed.state.copy(),
  covariance: committed.covariance.copy(),
};
const liveState = committed.state;
console.log("live state before reset:", liveState.tolist(), "sum", liveState.sum());
committed.state.fill(0);
committed.covariance.assign(":", eye(2));
console.log("reset state:", committed.state.tolist(), "uncertainty", committed.uncertainty());
console.log("snapshot:", snapshot.state.tolist(), "age", snapshot.age);
console.log("snapshot uncertainty:", snapshot.covariance.get(0, 0).toFixed(3));

const ages = [committed.age, snapshot.age];
console.log("ages (live, snapshot):", ages.join(", "));
console.log("live track uncertainty after reset:", committed.uncertainty().toFixed(3));
