// Freezes a feature-scaler configuration at startup, derives tuned run settings and a legacy profile, and scales a feature batch.
// runnable
import { array, NDArray } from "ndalias";

interface ScalerSettings {
  readonly scale: NDArray;
  readonly shift: NDArray;
  readonly clip: number;
}

// Factory values shipped with the model; the frozen defaults keep private copies of them.
const factoryScale = array([1.0, 0.5, 2.0, 0.25]);
const factoryShift = array([0.0, -1.0, 0.5, 2.0]);

const DEFAULTS: ScalerSettings = Object.freeze({
  scale: factoryScale.copy(),
  shift: factoryShift.copy(),
  clip: 10,
});

function freezeSettings(scale: NDArray, shift: NDArray, clip: number): ScalerSettings {
  if (scale.size !== shift.size) {
    throw new Error(`scale has ${scale.size} entries but shift has ${shift.size}`);
  }
  return Object.freeze({ scale, shift, clip });
}

class SettingsStore {
  private static current: ScalerSettings | undefined;
  private static revisions = 0;

  static get(): ScalerSettings {
    return (SettingsStore.current ??= DEFAULTS);
  }

  static override(boost: number, recentre: boolean): ScalerSettings {
    const scale = DEFAULTS.scale.copy();
    scale.imul(boost);
    const shift = DEFAULTS.shift.copy();
    if (recentre) {
      shift.isub(DEFAULTS.shift.mean());
    }
    SettingsStore.revisions++;
    SettingsStore.current = freezeSettings(scale, shift, DEFAULTS.clip);
    return SettingsStore.current;
  }

  static revision(): number {
    return SettingsStore.revisions;
  }
}

function applyScaler(batch: NDArray, s: ScalerSettings): NDArray {
  const out = batch.mul(s.scale);
  out.iadd(s.shift);
  for (let i = 0; i < out.size; i++) {
    const v = out.data[i] as number;
    out.data[i] = Math.max(-s.clip, Math.min(s.clip, v));
  }
  return out;
}

function describe(label: string, s: ScalerSettings): string {
  const scale = s.scale.tolist() as number[];
  const shift = s.shift.tolist() as number[];
  return `${label}: scale=[${scale.join(", ")}] shift=[${shift.join(", ")}] clip=${s.clip}`;
}

// Profile kept for checkpoints trained before the defaults were frozen.
const legacyProfile = { scale: factoryScale, shift: factoryShift, clip: 5 };

const batch = array([
  [1, 2, 3, 4],
  [2, 4, 6, 8],
  [0.5, -1, 9, 30],
]);

const active = SettingsStore.get();
console.log(describe("defaults", active));
console.log("default-scaled:", applyScaler(batch, active).tolist());

const tuned = SettingsStore.override(1.5, true);
console.log(describe("tuned", tuned), "revision", SettingsStore.revision());
console.log("tuned-scaled:", applyScaler(batch, tuned).tolist());

// Old checkpoints expected twice the factory scale.
const legacyScale = legacyProfile.scale;
legacyScale.imul(2); // expect: no-alias-mutation
const legacy = freezeSettings(legacyScale, legacyProfile.shift.copy(), legacyProfile.clip);
console.log("legacy-scaled:", applyScaler(batch, legacy).tolist());

// The factory values are reported for the audit log.
console.log("factory scale:", factoryScale.tolist(), "factory shift:", factoryShift.tolist());
console.log("defaults unchanged:", DEFAULTS.scale.tolist());

const columnTotals = applyScaler(batch, DEFAULTS).sum();
console.log("total of default-scaled batch:", columnTotals);
