// Model-serving control plane: provisions primary/standby replicas, syncs weights to the standby and fails over on errors.
import { array, NDArray } from "ndalias";

class Replica {
  weights: NDArray;
  version = 0;
  healthy = true;
  standby: Replica | null = null;
  primary: Replica | null = null;

  constructor(readonly name: string, initial: NDArray) {
    this.weights = initial.copy();
  }

  predict(features: NDArray): number {
    if (!this.healthy) throw new Error(`${this.name} is unhealthy`);
    return this.weights.mul(features).sum();
  }

  applyUpdate(delta: NDArray, version: number): void {
    this.weights.iadd(delta);
    this.version = version;
  }

  syncStandby(): void {
    if (this.standby === null) return;
    this.standby.weights.assign(":", this.weights);
    this.standby.version = this.version;
  }
}

const registry = new Map<string, Replica>();

// Primary and standby must be able to find each other during failover.
export function provision(model: string, initial: NDArray): Replica {
  const primary = new Replica(`${model}-a`, initial);
  const standby = new Replica(`${model}-b`, initial);
  primary.standby = standby;
  standby.primary = primary; // expect: no-reference-cycle
  registry.set(model, primary);
  return primary;
}

// Read-only replicas point at their source but the source does not track them.
export function addReadReplica(model: string): Replica {
  const source = registry.get(model);
  if (source === undefined) throw new Error(`unknown model ${model}`);
  const reader = new Replica(`${source.name}-ro`, source.weights);
  reader.primary = source;
  reader.version = source.version;
  return reader;
}

export function handlePredict(model: string, features: NDArray): { model: string; served: string; score: number } {
  const primary = registry.get(model);
  if (primary === undefined) throw new Error(`unknown model ${model}`);
  try {
    return { model, served: primary.name, score: primary.predict(features) };
  } catch {
    const fallback = primary.standby;
    if (fallback === null) throw new Error(`no standby for ${model}`);
    return { model, served: fallback.name, score: fallback.predict(features) };
  }
}

export function handleUpdate(model: string, delta: NDArray): number {
  const primary = registry.get(model);
  if (primary === undefined) throw new Error(`unknown model ${model}`);
  primary.applyUpdate(delta, primary.version + 1);
  primary.syncStandby();
  return primary.version;
}

export function healthReport(): string[] {
  const lines: string[] = [];
  for (const [model, primary] of registry) {
    const standby = primary.standby;
    lines.push(
      `${model}: primary v${primary.version} ${primary.healthy ? "up" : "down"}, ` +
        `standby ${standby ? `v${standby.version}` : "none"}`,
    );
  }
  return lines;
}

const base = array([0.4, -0.2, 0.1]);
const p = provision("ranker", base);
handleUpdate("ranker", array([0.05, 0.0, -0.02]));
const ro = addReadReplica("ranker");
console.log(handlePredict("ranker", array([1, 2, 3])));
p.healthy = false;
console.log(handlePredict("ranker", array([1, 2, 3])), "read replica of", ro.primary?.name);
console.log(healthReport().join("\n"), "\nbase untouched:", base.tolist());
