// Optional spectrometer calibration: an Option wraps the gain curve, and a Pair carries raw and calibrated spectra to the plotter.
import { array, ones, NDArray } from "ndalias";

class Option<T> {
  private constructor(private readonly value: T | undefined) {}

  static some<T>(value: T): Option<T> {
    return new Option<T>(value);
  }

  static none<T>(): Option<T> {
    return new Option<T>(undefined);
  }

  isSome(): boolean {
    return this.value !== undefined;
  }

  unwrap(): T {
    if (this.value === undefined) throw new Error("unwrap on none");
    return this.value;
  }

  unwrapOr(fallback: T): T {
    return this.value === undefined ? fallback : this.value;
  }
}

class Pair<A, B> {
  constructor(
    readonly first: A,
    readonly second: B,
  ) {}
}

function calibrate(raw: NDArray, gain: Option<NDArray>): Pair<NDArray, NDArray> {
  const g = gain.unwrapOr(ones(raw.size));
  return new Pair(raw, raw.mul(g));
}

const factoryGain = array([1.0, 1.02, 0.97, 1.05]);
const userGain: Option<NDArray> = Option.some(factoryGain);
const noGain = Option.none<NDArray>();
const spectrum = array([10, 12, 9, 14]);

console.log("uncalibrated:", calibrate(spectrum, noGain).second.tolist());

if (userGain.isSome()) {
  const curve = userGain.unwrap();
  curve.set(0, 1.1); // expect: no-alias-mutation
  console.log("user curve:", curve.tolist());
}

const plotted = calibrate(spectrum, userGain);
const { first: rawOut, second: calibrated } = plotted;
calibrated.idiv(calibrated.max());
console.log("raw:", rawOut.tolist());
console.log("calibrated (peak-normalised):", calibrated.tolist());
console.log("factory gain mean:", factoryGain.mean());
