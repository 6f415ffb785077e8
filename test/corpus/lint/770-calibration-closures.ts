// Calibration session for a three-axis accelerometer: closures absorb samples into the offsets and a summary compares them with factory values.
import { array, zeros, NDArray } from "ndalias";

interface Summary {
  offsets: number[];
  driftFromFactory: number;
  absorbed: number;
  spread: number;
}

const FACTORY_VALUES = [0.02, -0.01, 0.005];

function readSamples(count: number): NDArray[] {
  const out: NDArray[] = [];
  for (let i = 0; i < count; i++) {
    out.push(array([0.01 * Math.sin(i), -0.02 + 0.005 * i, 0.003 * Math.cos(i)]));
  }
  return out;
}

export function calibrate(samples: NDArray[], rate: number): Summary {
  const factory = array(FACTORY_VALUES);
  const offsets = factory; // start from the factory calibration
  const history = zeros([samples.length, 3]);
  let absorbed = 0;

  const record = (i: number, s: NDArray): void => {
    history.assign(i, s);
  };
  const absorb = (s: NDArray): number => {
    offsets.iadd(s.sub(offsets).mul(rate)); // expect: no-alias-mutation
    absorbed++;
    return offsets.sum();
  };

  samples.forEach((s, i) => record(i, s));
  let trace = 0;
  for (const s of samples) {
    trace = absorb(s);
  }
  console.log("offset trace after session:", trace.toFixed(5));

  return {
    offsets: offsets.tolist() as number[],
    driftFromFactory: offsets.sub(factory).sum(),
    absorbed,
    spread: history.max() - history.min(),
  };
}

export function calibrateFromCopy(samples: NDArray[], rate: number): Summary {
  const factory = array(FACTORY_VALUES);
  const offsets = factory.copy();
  const history = zeros([samples.length, 3]);
  let absorbed = 0;

  const record = (i: number, s: NDArray): void => {
    history.assign(i, s);
  };
  const absorb = (s: NDArray): number => {
    offsets.iadd(s.sub(offsets).mul(rate));
    absorbed++;
    return offsets.sum();
  };

  samples.forEach((s, i) => record(i, s));
  for (const s of samples) {
    absorb(s);
  }

  return {
    offsets: offsets.tolist() as number[],
    driftFromFactory: offsets.sub(factory).sum(),
    absorbed,
    spread: history.max() - history.min(),
  };
}

function print(label: string, summary: Summary): void {
  const offsets = summary.offsets.map((v) => v.toFixed(4)).join(", ");
  console.log(
    `${label}: offsets [${offsets}] drift=${summary.driftFromFactory.toFixed(5)} ` +
      `samples=${summary.absorbed} spread=${summary.spread.toFixed(4)}`,
  );
}

const samples = readSamples(6);
print("session", calibrate(samples, 0.25));
print("from copy", calibrateFromCopy(samples, 0.25));
