// Applies per-column transforms from a registry (log1p, standardise, clip) to a web-analytics frame and prints engineered features next to the raw columns.
import { array, NDArray } from "ndalias";

type Transform = (col: NDArray) => NDArray;

const CLIP_LO = 0;
const CLIP_HI = 0.8;

const transforms: Record<string, Transform> = {
  log1p: (col) => {
    for (let i = 0; i < col.size; i++) {
      col.data[i] = Math.log1p(col.data[i] as number); // expect: no-alias-mutation
    }
    return col;
  },
  standardise: (col) => {
    const z = col.sub(col.mean());
    z.idiv(Math.sqrt(z.mul(z).mean()) || 1);
    return z;
  },
  clip: (col) => {
    const out = col.copy();
    for (let i = 0; i < col.size; i++) {
      out.set(i, Math.min(Math.max(col.get(i), CLIP_LO), CLIP_HI));
    }
    return out;
  },
};

const frame = {
  revenue: array([0, 120, 35.5, 980, 12]),
  sessions: array([-1, 14, 3, 52, 2]),
  bounce: array([0.42, 0.91, 0.33, 0.15, 0.77]),
};

type ColumnName = keyof typeof frame;

const plan: Array<[ColumnName, string]> = [
  ["revenue", "log1p"],
  ["sessions", "standardise"],
  ["bounce", "clip"],
];

const features: Record<string, NDArray> = {};
for (const [column, transformName] of plan) {
  features[`${column}_${transformName}`] = transforms[transformName](frame[column]);
}

// The first session count comes from a broken tracker; patch it for the sessions summary.
const { sessions } = frame;
sessions.set(0, sessions.get(1)); // expect: no-alias-mutation
console.log("sessions summary:", sessions.mean(), sessions.max());

for (const [name, values] of Object.entries(features)) {
  console.log(`${name}:`, values.tolist());
}
console.log("raw revenue:", frame.revenue.tolist());
console.log("raw sessions:", frame.sessions.tolist());
