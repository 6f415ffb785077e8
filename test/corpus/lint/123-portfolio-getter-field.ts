// A portfolio object exposes its weights through a getter and a helper returns one field of a config object; a what-if analysis edits both through the returned handles.
// runnable
import { array, NDArray } from "ndalias";

interface RiskConfig {
  limits: NDArray;
  name: string;
}

class Portfolio {
  #weights: NDArray;
  constructor(weights: NDArray, private readonly prices: NDArray) {
    this.#weights = weights.copy();
  }
  get weights(): NDArray {
    return this.#weights;
  }
  value(): number {
    return this.#weights.mul(this.prices).sum();
  }
}

function limitsOf(cfg: RiskConfig): NDArray {
  return cfg.limits;
}

const prices = array([100, 50, 25]);
const pf = new Portfolio(array([0.5, 0.3, 0.2]), prices);
const config: RiskConfig = { limits: array([0.6, 0.4, 0.3]), name: "moderate" };

const w = pf.weights;
w.set(0, 0.0); // expect: no-alias-mutation
console.log("what-if weight sum:", pf.weights.sum().toFixed(2));

const lim = limitsOf(config);
lim.imul(1.5); // expect: no-alias-mutation
console.log(`${config.name} limits:`, config.limits.tolist());

const proposal = pf.weights.copy();
proposal.set(1, 0.5);
const breaches = proposal.sub(limitsOf(config).copy());
console.log("proposal:", proposal.tolist(), "breach max:", breaches.max().toFixed(2), "value:", pf.value().toFixed(2));
