// Notebook port: a "utils" cell of scaling helpers and a linear model for house prices, then the analysis cells that use them.
import { array, zeros, NDArray } from "ndalias";

// %% [utils] helpers copied from the old notebook
function centre(x: NDArray): NDArray {
  x.isub(x.mean()); // expect: no-alias-mutation
  return x;
}

function scaled(x: NDArray, k: number): NDArray {
  const out = x.copy();
  out.imul(k);
  return out;
}

function standardiseInPlace(x: NDArray): void {
  x.isub(x.mean());
  x.idiv(Math.sqrt(x.mul(x).mean()));
}

function capFirstRow(m: NDArray, cap: number): number {
  const first = m.slice(0);
  let capped = 0;
  for (let j = 0; j < first.size; j++) {
    if (first.get(j) > cap) {
      first.set(j, cap); // expect: no-view-mutation
      capped++;
    }
  }
  return capped;
}

function rowNorms(m: NDArray): NDArray {
  const norms = zeros(m.shape[0]);
  for (let i = 0; i < m.shape[0]; i++) {
    const r = m.slice(i);
    norms.set(i, Math.sqrt(r.mul(r).sum()));
  }
  return norms;
}

// %% [model] module-level weights of the linear model
const WEIGHTS = array([0.12, -1.5, 8.0]);
let updates = 0;

function predict(features: NDArray): number {
  return features.mul(WEIGHTS).sum();
}

function decayWeights(rate: number): number {
  WEIGHTS.imul(1 - rate);
  updates++;
  return WEIGHTS.sum();
}

function regularisedScore(features: NDArray, rate: number): number {
  const w = WEIGHTS;
  w.imul(1 - rate); // expect: no-alias-mutation
  return features.mul(w).sum();
}

// %% [1] data
const sqft = array([850, 1200, 1500, 2100, 950]);
const age = array([30, 12, 5, 1, 45]);
const rooms = array([2, 3, 3, 4, 2]);
const price = array([180, 260, 310, 450, 175]);
console.log("mean price:", price.mean());

// %% [2] scaled copies for the plots
const sqftK = scaled(sqft, 1 / 1000);
console.log("sqft (thousands):", sqftK.tolist(), "raw sqft:", sqft.tolist());

// %% [3] standardise age in place (we never need the raw ages again)
standardiseInPlace(age);
console.log("age z-scores:", age.tolist());

// %% [4] centred prices for the residual plot
const priceCentred = centre(price);
console.log("centred prices:", priceCentred.tolist());
console.log("mean price for the caption:", price.mean());

// %% [5] design matrix
const design = zeros([5, 3]);
design.assign(":, 0", sqft);
design.assign(":, 1", age);
design.assign(":, 2", rooms);
console.log("design:", design.tolist());
console.log("row norms:", rowNorms(design).tolist());

// %% [6] cap the first house's features for the outlier check
const nCapped = capFirstRow(design, 100);
console.log("capped entries:", nCapped, "first row now:", design.slice(0).tolist());

// %% [7] predictions
const preds = zeros(5);
for (let i = 0; i < 5; i++) preds.set(i, predict(design.slice(i)));
console.log("predictions:", preds.tolist());

// %% [8] weight decay sweep
console.log("weights sum after decay:", decayWeights(0.01), "updates:", updates);
const score = regularisedScore(design.slice(1), 0.05);
console.log("regularised score for house 1:", score.toFixed(2));
console.log("prediction for house 1 with the stored weights:", predict(design.slice(1)).toFixed(2));

// %% [9] residuals on a fresh array
const resid = preds.sub(priceCentred);
resid.imul(resid);
console.log("mse:", resid.mean().toFixed(2));
