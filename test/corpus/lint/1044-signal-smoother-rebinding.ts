// Sensor-signal models: exponential smoothing, ping-pong box blur and a linear drift model refit with rebinding updates.
import { array, zeros, NDArray } from "ndalias";

abstract class SignalModel {
  protected series: NDArray;

  constructor(series: NDArray) {
    this.series = series.copy();
  }

  abstract predict(steps: number): NDArray;

  append(values: NDArray): this {
    const grown = zeros(this.series.size + values.size);
    grown.assign(`:${this.series.size}`, this.series);
    grown.assign(`${this.series.size}:`, values);
    this.series = grown;
    return this;
  }

  residuals(fit: NDArray): NDArray {
    let r = this.series;
    r = r.sub(fit);
    r.imul(r.mean() > 0 ? 1 : -1);
    return r;
  }
}

class Smoother extends SignalModel {
  constructor(
    series: NDArray,
    private readonly alpha: number,
  ) {
    super(series);
  }

  smoothed(): NDArray {
    let level = this.series.slice(0);
    level = level.copy();
    const out = zeros(this.series.size);
    for (let t = 0; t < this.series.size; t++) {
      level.imul(1 - this.alpha).iadd(this.series.slice(t).mul(this.alpha));
      out.set(t, level.get());
    }
    return out;
  }

  blurred(passes: number): NDArray {
    let src = this.series.copy();
    let dst = zeros(src.size);
    for (let p = 0; p < passes; p++) {
      for (let i = 0; i < src.size; i++) {
        const lo = src.get(Math.max(0, i - 1));
        const hi = src.get(Math.min(src.size - 1, i + 1));
        dst.set(i, (lo + src.get(i) + hi) / 3);
      }
      [src, dst] = [dst, src];
    }
    return src;
  }

  predict(steps: number): NDArray {
    const s = this.smoothed();
    return zeros(steps).iadd(s.get(s.size - 1));
  }
}

class DriftModel extends SignalModel {
  #coef = zeros(2);

  fit(epochs: number, lr: number): number {
    const n = this.series.size;
    let loss = 0;
    for (let e = 0; e < epochs; e++) {
      let grad = zeros(2);
      loss = 0;
      for (let t = 0; t < n; t++) {
        const err = this.#coef.get(0) + this.#coef.get(1) * (t / n) - this.series.get(t);
        loss += (err * err) / n;
        grad = grad.add(array([err, err * (t / n)]).mul(2 / n));
      }
      this.#coef = this.#coef.sub(grad.mul(lr));
    }
    return loss;
  }

  predict(steps: number): NDArray {
    const n = this.series.size;
    const out = zeros(steps);
    for (let k = 0; k < steps; k++) out.set(k, this.#coef.get(0) + this.#coef.get(1) * ((n + k) / n));
    return out;
  }

  get coefficients(): NDArray {
    return this.#coef.copy();
  }
}

const readings = array([20.1, 20.4, 20.2, 21.0, 21.3, 21.1, 21.8, 22.0]);
const smoother = new Smoother(readings, 0.3);
const drift = new DriftModel(readings);
readings.fill(0); // the sensor driver recycles its sample buffer for the next window

console.log("smoothed:", smoother.smoothed().tolist());
console.log("blurred x2:", smoother.blurred(2).tolist());
console.log("final loss:", drift.fit(200, 0.5).toFixed(4), "coef:", drift.coefficients.tolist());

const models: SignalModel[] = [smoother, drift];
for (const m of models) m.append(array([22.4, 22.3]));
for (const m of models) console.log(m.constructor.name, "forecast:", m.predict(3).tolist());
console.log("residuals vs blur:", smoother.residuals(smoother.blurred(1)).tolist());
console.log("zeroed input:", readings.sum());
