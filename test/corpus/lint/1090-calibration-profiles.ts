// Builds per-sensor calibration profiles from shared factory defaults, registers them by name and prints corrected readings.
// runnable
import { array, NDArray } from "ndalias";

interface CalibrationProfile {
  name: string;
  gain: NDArray;
  offset: NDArray;
  clampHigh: number;
}

const DEFAULT_PROFILE: CalibrationProfile = {
  name: "factory",
  gain: array([1.0, 1.0, 1.0]),
  offset: array([0.0, 0.0, 0.0]),
  clampHigh: 100,
};

const profiles = new Map<string, CalibrationProfile>();

function checkFinite(label: string, values: NDArray): void {
  for (let i = 0; i < values.size; i++) {
    if (!Number.isFinite(values.get(i))) {
      throw new Error(`${label}: non-finite calibration value at index ${i}`);
    }
  }
}

function cloneProfile(source: CalibrationProfile, name: string): CalibrationProfile {
  return { ...source, name, gain: source.gain.copy(), offset: source.offset.copy() };
}

function registerOptical(name: string, gainScale: NDArray): void {
  const offset = DEFAULT_PROFILE.offset.copy();
  offset.isub(0.5);
  checkFinite(name, offset);
  const gain = DEFAULT_PROFILE.gain.mul(gainScale);
  profiles.set(name, { ...DEFAULT_PROFILE, name, gain, offset });
}

function registerThermal(name: string, drift: NDArray): void {
  const profile: CalibrationProfile = { ...DEFAULT_PROFILE, name, clampHigh: 250 };
  profile.offset.iadd(drift); // expect: no-alias-mutation
  checkFinite(name, profile.offset);
  profiles.set(name, profile);
}

function registerHumidity(name: string): void {
  profiles.set(name, { ...DEFAULT_PROFILE, name, clampHigh: 100 });
}

function registerFromTemplate(name: string, template: string, scale: number): void {
  const source = profiles.get(template);
  if (!source) {
    throw new Error(`unknown template profile: ${template}`);
  }
  const profile = cloneProfile(source, name);
  profile.gain.imul(scale);
  profiles.set(name, profile);
}

function correct(raw: NDArray, profile: CalibrationProfile): NDArray {
  const out = raw.mul(profile.gain).add(profile.offset);
  for (let i = 0; i < out.size; i++) {
    if (out.get(i) > profile.clampHigh) {
      out.set(i, profile.clampHigh);
    }
  }
  return out;
}

function describe(profile: CalibrationProfile): string {
  const gain = profile.gain.tolist() as number[];
  const offset = profile.offset.tolist() as number[];
  const fmt = (xs: number[]) => xs.map((v) => v.toFixed(2)).join(", ");
  return `${profile.name}: gain=[${fmt(gain)}] offset=[${fmt(offset)}] clamp=${profile.clampHigh}`;
}

registerOptical("optical-1", array([1.1, 0.9, 1.0]));
registerThermal("thermal-1", array([0.3, -0.2, 0.1]));
registerHumidity("humidity-1");
registerFromTemplate("optical-2", "optical-1", 1.05);

const readings = new Map<string, NDArray>([
  ["optical-1", array([10, 20, 30])],
  ["optical-2", array([11, 19, 33])],
  ["thermal-1", array([120, 260, 90])],
  ["humidity-1", array([40, 55, 61])],
]);

for (const [name, raw] of readings) {
  const profile = profiles.get(name);
  if (!profile) {
    console.warn(`no calibration profile for ${name}`);
    continue;
  }
  console.log(name, "->", correct(raw, profile).tolist());
}

for (const profile of profiles.values()) {
  console.log(describe(profile));
}
console.log("factory offset:", DEFAULT_PROFILE.offset.tolist());
console.log("factory gain total:", DEFAULT_PROFILE.gain.sum());
