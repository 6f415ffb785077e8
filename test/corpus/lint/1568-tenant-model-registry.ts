// Serves per-tenant linear scorers created from a shared template, adapts each tenant separately and scores incoming requests.
import { array, zeros, NDArray } from "ndalias";

interface Scorer {
  weights: NDArray;
  bias: NDArray;
  calibration: { scale: NDArray; shift: number };
}

interface Tenant {
  name: string;
  model: Scorer;
  history: { scores: NDArray; count: number };
}

const TEMPLATE = {
  weights: [0.4, 0.3, -0.2, 0.1],
  bias: [0.05],
  scale: [1, 1, 1, 1],
};

function freshScorer(): Scorer {
  return {
    weights: array(TEMPLATE.weights),
    bias: array(TEMPLATE.bias),
    calibration: { scale: array(TEMPLATE.scale), shift: 0 },
  };
}

function newTenant(name: string): Tenant {
  return { name, model: freshScorer(), history: { scores: zeros(8), count: 0 } };
}

const registry: { tenants: { acme: Tenant; globex: Tenant }; shadow: { acme: Scorer } } = {
  tenants: { acme: newTenant("acme"), globex: newTenant("globex") },
  shadow: { acme: freshScorer() },
};

function score(model: Scorer, x: NDArray): number {
  return x.mul(model.calibration.scale).mul(model.weights).sum() + model.bias.get(0) + model.calibration.shift;
}

function record(t: Tenant, value: number): void {
  t.history.scores.set(t.history.count % t.history.scores.size, value);
  t.history.count += 1;
}

const requests = {
  acme: [array([1, 0, 2, 1]), array([0.5, 0.5, 0.5, 0.5])],
  globex: [array([2, 1, 0, 0]), array([0, 0, 1, 3])],
};

// Acme's features arrive in different units: adapt only Acme's calibration.
registry.tenants.acme.model.calibration.scale.set(2, 0.5);
registry.tenants.acme.model.calibration.shift = -0.1;

// Globex gets a stronger first feature.
registry.tenants.globex.model.weights.set(0, 0.8);

// The shadow model for Acme explores a different bias.
registry.shadow.acme.bias.fill(0.2);

for (const x of requests.acme) {
  const live = score(registry.tenants.acme.model, x);
  const shadow = score(registry.shadow.acme, x);
  record(registry.tenants.acme, live);
  console.log(`acme live ${live.toFixed(3)} shadow ${shadow.toFixed(3)}`);
}
for (const x of requests.globex) {
  const live = score(registry.tenants.globex.model, x);
  record(registry.tenants.globex, live);
  console.log(`globex live ${live.toFixed(3)}`);
}

// Highlight the two most important weights of each tenant in a separate table.
const highlights = {
  acme: registry.tenants.acme.model.weights.take([0, 1]),
  globex: registry.tenants.globex.model.weights.take([0, 1]),
};
highlights.acme.imul(100);
highlights.globex.imul(100);
console.log("highlights (%):", highlights.acme.tolist(), highlights.globex.tolist());

// A promoted shadow: new arrays built from the shadow, not the shadow itself.
const promoted: Scorer = {
  ...registry.shadow.acme,
  weights: registry.shadow.acme.weights.add(0),
  bias: registry.shadow.acme.bias.mul(1),
  calibration: { scale: registry.shadow.acme.calibration.scale.copy(), shift: 0 },
};
promoted.weights.imul(0.9);
promoted.bias.iadd(0.01);
promoted.calibration.scale.fill(1.1);
console.log("promoted:", promoted.weights.tolist(), promoted.bias.tolist(), promoted.calibration.scale.tolist());

console.log("acme weights:", registry.tenants.acme.model.weights.tolist());
console.log("globex weights:", registry.tenants.globex.model.weights.tolist());
console.log("acme scale:", registry.tenants.acme.model.calibration.scale.tolist());
console.log("globex scale:", registry.tenants.globex.model.calibration.scale.tolist());
console.log("shadow bias:", registry.shadow.acme.bias.tolist());
console.log("acme history:", registry.tenants.acme.history.scores.slice(":2").tolist());
