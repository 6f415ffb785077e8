// Calibrates sensor samples kept under Symbol-keyed record fields, then prints raw, calibrated and spike-clamped readings.
// runnable
import { array, NDArray } from "ndalias";

const kRaw = Symbol("raw");
const kMeta = Symbol("meta");

interface SampleRecord {
  [kRaw]: NDArray;
  [kMeta]: { sensor: string; offset: number };
  calibrated?: NDArray;
}

function makeRecord(sensor: string, values: number[], offset: number): SampleRecord {
  return { [kRaw]: array(values), [kMeta]: { sensor, offset } };
}

function describe(rec: SampleRecord): string {
  const { sensor, offset } = rec[kMeta];
  return `${sensor} (offset ${offset})`;
}

// A record built from its own fresh array: de-biasing it in place is fine.
const humidity = makeRecord("hygro-2", [41.5, 42.0, 40.8], 1.5);
humidity[kRaw].isub(humidity[kMeta].offset);
console.log(describe(humidity), humidity[kRaw].tolist());

// A record wrapping samples that the rest of the script keeps using.
const samples = array([10.2, 10.8, 9.9, 14.6, 10.1]);
const record: SampleRecord = { [kRaw]: samples, [kMeta]: { sensor: "thermo-1", offset: 0.3 } };

record.calibrated ??= record[kRaw].sub(record[kMeta].offset);
record.calibrated.imul(1.01);
console.log(describe(record), "calibrated:", record.calibrated.tolist());

// "remove the sensor bias" from the record before archiving it
record[kRaw].isub(record[kMeta].offset); // expect: no-alias-mutation

const typical = samples.mean();
const spikeIdx: number[] = [];
for (let i = 0; i < samples.size; i++) {
  if (Math.abs(samples.get(i) - typical) > 2) spikeIdx.push(i);
}

if (spikeIdx.length > 0) {
  const spikes = samples.take(spikeIdx);
  spikes.fill(typical); // expect: no-lost-write
}

console.log("raw samples:", samples.tolist());
console.log("max after spike clamp:", samples.max());
