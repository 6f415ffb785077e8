// Colour-grading preview with a memoised exposure curve: curves are cached per exposure value and evicted least-recently-used.
import { linspace, NDArray } from "ndalias";

class ExposureCurves {
  private readonly entries = new Map<number, NDArray>();
  private baseCurve: NDArray;

  constructor(private readonly capacity: number, resolution: number) {
    this.baseCurve = linspace(0, 1, resolution);
  }

  curveFor(stops: number): NDArray {
    const hit = this.entries.get(stops);
    if (hit !== undefined) {
      this.entries.delete(stops);
      this.entries.set(stops, hit);
      return hit.copy();
    }
    const curve = this.baseCurve;
    curve.imul(Math.pow(2, stops)); // expect: no-alias-mutation
    this.remember(stops, curve);
    return curve.copy();
  }

  applyGamma(gamma: number): void {
    for (let i = 0; i < this.baseCurve.size; i++) {
      this.baseCurve.set(i, Math.pow(this.baseCurve.get(i), 1 / gamma));
    }
    this.entries.clear();
  }

  get resolution(): number {
    return this.baseCurve.size;
  }

  get cached(): number {
    return this.entries.size;
  }

  private remember(stops: number, curve: NDArray): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(stops, curve);
  }
}

function clipToDisplay(curve: NDArray): NDArray {
  const clipped = curve.copy();
  for (let i = 0; i < clipped.size; i++) {
    clipped.set(i, Math.min(1, clipped.get(i)));
  }
  return clipped;
}

const curves = new ExposureCurves(3, 5);
curves.applyGamma(2.2);

const brighter = curves.curveFor(1);
brighter.set(0, 0.02);
console.log("+1 stop (lifted blacks):", clipToDisplay(brighter).tolist());
console.log("-1 stop:", clipToDisplay(curves.curveFor(-1)).tolist());
console.log("+1 stop again:", clipToDisplay(curves.curveFor(1)).tolist());
console.log("cached curves:", curves.cached, "of resolution", curves.resolution);
