// Protection limits: derates the voltage limits of an aged pack and looks up open-circuit voltage curves with charge/discharge hysteresis.
import { array, linspace, NDArray } from "ndalias";

interface LimitTable {
  overV: NDArray;
  underV: NDArray;
  overT: NDArray;
}

const DEFAULT_LIMITS: LimitTable = {
  overV: array([4.2, 4.2, 4.2, 4.2]),
  underV: array([2.8, 2.8, 2.8, 2.8]),
  overT: array([55, 55]),
};

const SOC_GRID = linspace(0, 1, 6);
const CHARGE_OCV = array([3.32, 3.55, 3.66, 3.77, 3.93, 4.15]);
const DISCHARGE_OCV = array([3.28, 3.5, 3.62, 3.73, 3.89, 4.12]);

function interp(x: number, xs: NDArray, ys: NDArray): number {
  if (x <= xs.get(0)) return ys.get(0);
  for (let i = 1; i < xs.size; i++) {
    if (x <= xs.get(i)) {
      const t = (x - xs.get(i - 1)) / (xs.get(i) - xs.get(i - 1));
      return ys.get(i - 1) + t * (ys.get(i) - ys.get(i - 1));
    }
  }
  return ys.get(ys.size - 1);
}

function ocvAt(soc: number, charging: boolean, hysteresisV: number): number {
  const curve = charging ? CHARGE_OCV : DISCHARGE_OCV;
  curve.iadd(hysteresisV); // expect: no-alias-mutation
  return interp(soc, SOC_GRID, curve);
}

function ocvNominal(soc: number): number {
  const mid = CHARGE_OCV.add(DISCHARGE_OCV);
  mid.idiv(2);
  return interp(soc, SOC_GRID, mid);
}

function violations(cells: NDArray, temps: NDArray, limits: LimitTable): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.size; i++) {
    if (cells.get(i) > limits.overV.get(i)) out.push(`cell ${i} OV`);
    if (cells.get(i) < limits.underV.get(i)) out.push(`cell ${i} UV`);
  }
  for (let j = 0; j < temps.size; j++) {
    if (temps.get(j) > limits.overT.get(j)) out.push(`sensor ${j} OT`);
  }
  return out;
}

const cycleCount = 1450;
const capacityFade = 0.12;

// A fresh module keeps its own copy of the defaults.
const freshLimits: LimitTable = {
  overV: DEFAULT_LIMITS.overV.copy(),
  underV: DEFAULT_LIMITS.underV.copy(),
  overT: DEFAULT_LIMITS.overT.copy(),
};
freshLimits.overT.isub(2);

// The aged module derates from the defaults.
const { overV, underV } = DEFAULT_LIMITS;
if (cycleCount > 1000) {
  overV.isub(0.05 + capacityFade * 0.1); // expect: no-alias-mutation
}
const agedLimits: LimitTable = { overV, underV, overT: DEFAULT_LIMITS.overT.copy() };

const cells = array([4.16, 4.19, 4.13, 4.18]);
const temps = array([41, 53.5]);

console.log("fresh module violations:", violations(cells, temps, freshLimits));
console.log("fresh OT limits:", freshLimits.overT.tolist());
console.log("aged module violations:", violations(cells, temps, agedLimits));
console.log("default OV limits:", DEFAULT_LIMITS.overV.tolist());
console.log("default UV limits:", DEFAULT_LIMITS.underV.tolist());

for (const soc of [0.2, 0.5, 0.9]) {
  const chg = ocvAt(soc, true, 0.01);
  const dis = ocvAt(soc, false, -0.01);
  console.log(`SOC ${soc}: OCV charge ${chg.toFixed(3)} V, discharge ${dis.toFixed(3)} V, nominal ${ocvNominal(soc).toFixed(3)} V`);
}
console.log("charge curve:", CHARGE_OCV.tolist());
