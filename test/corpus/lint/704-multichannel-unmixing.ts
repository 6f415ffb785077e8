// Lab instrument pipeline: multichannel fluorescence detector with reference channels, crosstalk unmixing and temperature-compensated gains.
import { array, zeros, eye, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Pair<A, B> = [A, B];
type Result<T> = { ok: true; value: T } | { ok: false; error: string };

class Channel {
  reference: Channel | null = null;
  readonly history: NDArray;
  private cursor = 0;
  constructor(readonly name: string, readonly dye: string, capacity: number) {
    this.history = zeros(capacity);
  }
  record(value: number): number {
    this.history.set(this.cursor % this.history.size, value);
    this.cursor += 1;
    return this.cursor;
  }
  latest(): number {
    return this.cursor === 0 ? 0 : this.history.get((this.cursor - 1) % this.history.size);
  }
  meanSignal(): number {
    const n = Math.min(this.cursor, this.history.size);
    return n === 0 ? 0 : this.history.slice(`:${n}`).mean();
  }
  ratioToReference(): Option<number> {
    const ref = this.reference;
    if (!ref || ref.latest() === 0) return undefined;
    return this.latest() / ref.latest();
  }
}

class Registry<K, V> {
  private readonly byKey = new Map<K, V>();
  add(key: K, value: V): V {
    this.byKey.set(key, value);
    return value;
  }
  find(pred: (v: V) => boolean): Option<V> {
    return [...this.byKey.values()].find(pred);
  }
  all(): V[] {
    return [...this.byKey.values()];
  }
}

function assignReference(channels: Channel[], refName: string): Result<Channel> {
  const ref = channels.find((c) => c.name === refName);
  if (!ref) return { ok: false, error: `no reference channel ${refName}` };
  for (const ch of channels) {
    if (ch !== ref) ch.reference = ref;
  }
  ref.reference = ref; // expect: no-reference-cycle
  return { ok: true, value: ref };
}

function leakageStrength(crosstalk: NDArray): number {
  let offDiagonal = 0;
  for (let i = 0; i < crosstalk.shape[0]; i++) {
    for (let j = 0; j < crosstalk.shape[1]; j++) {
      if (i !== j) offDiagonal += Math.abs(crosstalk.get(i, j));
    }
  }
  return offDiagonal;
}

function matVec(m: NDArray, v: NDArray): NDArray {
  const out = zeros(m.shape[0]);
  for (let i = 0; i < m.shape[0]; i++) out.set(i, m.slice(i).mul(v).sum());
  return out;
}

function firstOrderUnmixing(crosstalk: NDArray): Pair<NDArray, number> {
  const leakage = crosstalk.copy();
  for (let i = 0; i < leakage.shape[0]; i++) leakage.set([i, i], 0);
  const back = leakage.T;
  back.imul(-1); // expect: no-view-mutation
  const strength = leakageStrength(leakage);
  const unmix = eye(leakage.shape[0]).add(back);
  return [unmix, strength];
}

function temperatureFactor(celsius: number): number {
  return 1 + 0.004 * (celsius - 25);
}

/** Scales raw channel readings by the per-channel gains, in place. */
function applyGains(raw: NDArray, gains: NDArray): void {
  raw.imul(gains);
}

class Detector {
  readonly channels = new Registry<string, Channel>();
  private readonly calibration: Pair<NDArray, NDArray>;

  constructor(gains: number[], offsets: number[]) {
    this.calibration = [array(gains), array(offsets)];
  }

  addChannel(name: string, dye: string): Channel {
    return this.channels.add(name, new Channel(name, dye, 16));
  }

  gains(): NDArray {
    return this.calibration[0].copy();
  }

  read(raw: number[], celsius: number, unmix: NDArray): NDArray {
    const signal = array(raw);
    signal.isub(this.calibration[1]);
    applyGains(signal, this.calibration[0]);
    signal.imul(1 / temperatureFactor(celsius));
    const clean = matVec(unmix, signal);
    this.channels.all().forEach((ch, i) => ch.record(clean.get(i)));
    return clean;
  }
}

const detector = new Detector([1.0, 1.1, 0.95], [12, 15, 10]);
const fam = detector.addChannel("FAM", "fluorescein");
detector.addChannel("HEX", "hexachloro-fluorescein");
detector.addChannel("ROX", "rhodamine-X");

const reference = assignReference(detector.channels.all(), "ROX");
console.log(reference.ok ? `reference channel: ${reference.value.name}` : reference.error);

const crosstalk = array([
  [1.0, 0.08, 0.01],
  [0.12, 1.0, 0.05],
  [0.0, 0.09, 1.0],
]);
const [unmix, strength] = firstOrderUnmixing(crosstalk);
console.log("leakage strength:", strength.toFixed(3), "unmixing matrix:", unmix.tolist());

for (const [t, raw] of [[24, [820, 610, 400]], [31, [900, 640, 410]]] as [number, number[]][]) {
  const clean = detector.read(raw, t, unmix);
  console.log(`T=${t}C corrected:`, (clean.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));
}

const hex = detector.channels.find((c) => c.dye.startsWith("hexa"));
console.log("FAM/ROX:", fam.ratioToReference()?.toFixed(3), "HEX/ROX:", hex?.ratioToReference()?.toFixed(3));

for (const ch of detector.channels.all()) {
  console.log(`${ch.name} (${ch.dye}): mean ${ch.meanSignal().toFixed(1)}, reference ${ch.reference?.name ?? "none"}`);
}

const nominal: Pair<NDArray, number> = [detector.gains(), 25];
const [gainsAt37] = nominal;
gainsAt37.imul(temperatureFactor(37)); // expect: no-alias-mutation
console.log("gains at 37C:", gainsAt37.tolist());
console.log(`nominal gains at ${nominal[1]}C:`, nominal[0].tolist(), "factory gains:", detector.gains().tolist());
