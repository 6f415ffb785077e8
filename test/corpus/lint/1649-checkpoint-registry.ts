// Records checkpoints of a small model's layers in object-dtype tables with a back-link to the registry, then prunes and releases them.
// runnable
import { array, empty, zeros, refcount, collect, memoryStats, NDArray } from "ndalias";

const layers: NDArray[] = [array([[0.5, -0.2], [0.1, 0.9]]), array([0.3, -0.4])];

function snapshotLayers(source: NDArray[]): NDArray {
  const table = empty(source.length, "object");
  for (let i = 0; i < source.length; i++) {
    table.set(i, source[i].copy());
  }
  return table;
}

function layerNorm(table: NDArray): number {
  let total = 0;
  for (let i = 0; i < table.size; i++) {
    const w: NDArray = table.get(i);
    total += w.mul(w).sum();
  }
  return Math.sqrt(total);
}

function train(steps: number, lr: number): { registry: NDArray; meta: NDArray } {
  const registry = empty(steps, "object");
  const meta = empty(2, "object");
  meta.set(0, zeros(steps));
  meta.set(1, zeros(steps));
  let recorded = 0;

  for (let s = 0; s < steps; s++) {
    const grad = layers[0].mul(0.1).add(s * 0.01);
    layers[0].isub(grad.mul(lr));
    layers[1].imul(1 - lr);

    const loss = layers[0].mul(layers[0]).sum() + layers[1].mul(layers[1]).sum();
    if (!Number.isFinite(loss)) {
      console.log("loss diverged at step", s);
      break;
    }
    const losses: NDArray = meta.get(0);
    losses.set(s, loss);
    if (s % 2 === 1) {
      continue;
    }

    const entry = empty(3, "object");
    const snap = snapshotLayers(layers);
    entry.set(0, snap);
    entry.set(1, array([s, loss]));
    registry.set(recorded, entry);
    entry.set(2, registry); // expect: no-reference-cycle
    const norms: NDArray = meta.get(1);
    norms.set(recorded, layerNorm(snap));
    recorded++;
  }

  const kept = empty(recorded, "object");
  for (let i = 0; i < recorded; i++) {
    const entry = registry.get(i);
    const info: NDArray = entry.get(1);
    if (info.get(1) > 10) {
      continue;
    }
    kept.set(i, entry.get(0));
  }
  console.log("kept snapshots:", kept.size, "losses:", (meta.get(0) as NDArray).tolist());
  return { registry, meta };
}

const before = memoryStats();
const { registry, meta } = train(4, 0.2);
console.log("norms:", (meta.get(1) as NDArray).tolist());
console.log("references to the registry:", refcount(registry));

const archive = empty(2, "object");
archive.set(0, meta);
archive.set(1, snapshotLayers(layers));
const archivedNorm = layerNorm(archive.get(1));
console.log("archived layer norm:", archivedNorm.toFixed(4), "live layer norm:", layerNorm(snapshotLayers(layers)).toFixed(4));
archive.dispose();

registry.dispose();
meta.dispose();
const freed = collect();
console.log("storages before:", before.storages, "after:", memoryStats().storages, "freed by collect:", freed);
