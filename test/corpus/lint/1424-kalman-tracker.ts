// A constant-velocity Kalman filter for a 1-D tracker, run over noisy position fixes, with a residual report per lap.
import { array, eye, zeros, NDArray } from "ndalias";

const config = {
  processNoise: 0.05,
  measurementNoise: 0.8,
  initialVariance: 10,
};

const runFilter = (fixes: number[], q: number, r: number) => {
  const x = zeros(2); // [position, velocity]
  const P = eye(2);
  P.imul(config.initialVariance);
  const trace: number[] = [];
  const estimates: number[] = [];

  for (const z of fixes) {
    // predict: x = F x, P = F P F' + Q with F = [[1, 1], [0, 1]]
    x.set(0, x.get(0) + x.get(1));
    const p00 = P.get(0, 0) + 2 * P.get(0, 1) + P.get(1, 1) + q;
    const p01 = P.get(0, 1) + P.get(1, 1);
    const p11 = P.get(1, 1) + q;
    P.set([0, 0], p00);
    P.set([0, 1], p01);
    P.set([1, 0], p01);
    P.set([1, 1], p11);

    // update
    const variances = P.diagonal();
    const k0 = variances.get(0) / (variances.get(0) + r);
    const k1 = P.get(1, 0) / (variances.get(0) + r);
    const innovation = z - x.get(0);
    x.set(0, x.get(0) + k0 * innovation);
    x.set(1, x.get(1) + k1 * innovation);
    P.imul(1 - k0); // expect: no-view-mutation
    trace.push(variances.sum());
    estimates.push(x.get(0));
  }
  return { estimates, trace, state: x };
};

const Residuals = {
  of: (fixes: number[], estimates: number[]) => array(fixes).sub(array(estimates)),
  rms: (res: NDArray) => Math.sqrt(res.mul(res).mean()),
  perLap: (res: NDArray, lapLength: number) => {
    const laps = res.size / lapLength;
    const table = res.copy().reshape(laps, lapLength);
    const out = zeros(laps);
    for (let i = 0; i < laps; i++) out.set(i, table.slice(i).mean());
    return out;
  },
};

const fixes = [0.2, 1.1, 1.9, 3.2, 3.9, 5.1, 6.2, 6.8, 8.1, 9.0, 9.8, 11.2];
const result = runFilter(fixes, config.processNoise, config.measurementNoise);
console.log("estimates:", result.estimates.map((e) => e.toFixed(2)).join(" "));
console.log("variance trace:", result.trace.map((t) => t.toFixed(3)).join(" "));
console.log("final velocity:", result.state.get(1).toFixed(3));

const residuals = Residuals.of(fixes, result.estimates);
console.log("rms residual:", Residuals.rms(residuals).toFixed(3));
console.log("per lap:", Residuals.perLap(residuals, 4).tolist());

// the sensor reports the second half of each pair with the opposite sign
const pairs = residuals.reshape(6, 2);
console.log("pair means before:", pairs.slice(":", 0).mean().toFixed(3), pairs.slice(":", 1).mean().toFixed(3));
pairs.slice(":", 1).imul(-1); // expect: no-view-mutation
console.log("rms after sign fix:", Residuals.rms(residuals).toFixed(3));
console.log("pairs:", pairs.tolist());

// a smoothed copy of the estimates for the dashboard, independent of the filter's arrays
const smooth = (() => {
  const est = array(result.estimates);
  const out = est.copy();
  for (let i = 1; i < est.size - 1; i++) {
    out.set(i, (est.get(i - 1) + est.get(i) + est.get(i + 1)) / 3);
  }
  return out;
})();
console.log("smoothed:", smooth.tolist());
