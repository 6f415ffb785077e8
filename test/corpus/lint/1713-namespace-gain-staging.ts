// Audio gain staging with namespace helpers: validated inputs are copied before gain is applied, and dry signals are measured before any edit.
import { array, NDArray } from "ndalias";

namespace Check {
  export function mono(x: NDArray): NDArray {
    if (x.ndim !== 1) {
      throw new RangeError(`expected a mono (1-D) signal, got ndim=${x.ndim}`);
    }
    return x;
  }

  export function bounded(x: NDArray, limit: number): NDArray {
    if (x.max() > limit || x.min() < -limit) {
      throw new RangeError(`signal exceeds +/-${limit}: [${x.min()}, ${x.max()}]`);
    }
    return x;
  }
}

namespace Gain {
  export function input(x: NDArray): NDArray {
    return Check.bounded(Check.mono(x), 1);
  }

  export function fromDb(db: number): number {
    return Math.pow(10, db / 20);
  }

  export function amplified(x: NDArray, db: number): NDArray {
    const out = input(x).copy();
    out.imul(fromDb(db));
    return out;
  }

  export function peak(x: NDArray): number {
    return Math.max(x.max(), -x.min());
  }

  export function rms(x: NDArray): number {
    return Math.sqrt(x.mul(x).mean());
  }
}

namespace Meter {
  export function line(label: string, x: NDArray): string {
    return `${label}: peak=${Gain.peak(x).toFixed(3)} rms=${Gain.rms(x).toFixed(3)}`;
  }

  export function crestFactor(x: NDArray): number {
    return Gain.peak(x) / Gain.rms(x);
  }
}

function renderedLevel(x: NDArray, db: number): number {
  const safe = Check.mono(x).copy();
  safe.imul(Gain.fromDb(db));
  return Gain.rms(safe);
}

function softClipped(x: NDArray): NDArray {
  const y = Gain.input(x).flatten();
  for (let i = 0; i < y.size; i++) {
    const v = y.get(i);
    y.set(i, Math.tanh(2 * v) / Math.tanh(2));
  }
  return y;
}

const dry = array([0.1, -0.4, 0.8, -0.2, 0.05, 0.6, -0.7, 0.3]);
console.log(Meter.line("dry", dry));

// Take the copy where the alias is made, then edit the copy.
const wet = Gain.input(dry).copy();
wet.imul(Gain.fromDb(-6));
console.log(Meter.line("wet", wet));
console.log(Meter.line("dry still", dry));

const boosted = Gain.amplified(dry, 3);
console.log(Meter.line("boosted", boosted), "crest:", Meter.crestFactor(boosted).toFixed(2));

console.log("level at -12 dB:", renderedLevel(dry, -12).toFixed(4));
console.log(Meter.line("soft clipped", softClipped(dry)));

// The master bus is measured first; after limiting only the limited name is used.
const master = array([0.9, -0.95, 0.4, 0.99, -0.3]);
console.log(Meter.line("master before limiting", master));
console.log("master samples:", master.tolist());
const limited = Gain.input(master);
limited.imul(0.5);
console.log(Meter.line("limited", limited));
console.log("limited samples:", limited.tolist());
