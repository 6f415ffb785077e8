// Snapshot store for a metrics ETL job: chains versioned snapshots of a feature column, normalises the chosen source and reports deltas.
import { array, NDArray } from "ndalias";

interface Snapshot {
  version: number;
  values: NDArray;
  parent: Snapshot | null;
}

interface StoreOptions {
  useCleaned: boolean;
  norm: "max" | "sum";
  outlierCap: number;
}

const STORE_DEFAULTS: StoreOptions = { useCleaned: false, norm: "max", outlierCap: 100 };

const snapshots = new Map<number, Snapshot>();

export function commit(values: NDArray, parent: Snapshot | null): Snapshot {
  const snap: Snapshot = { version: snapshots.size + 1, values: values.copy(), parent };
  if (parent === null) {
    // A root snapshot is its own baseline.
    snap.parent = snap; // expect: no-reference-cycle
  }
  snapshots.set(snap.version, snap);
  return snap;
}

export function deltaFromParent(snap: Snapshot): NDArray {
  const base = snap.parent ?? snap;
  const delta = snap.values.sub(base.values);
  delta.imul(100);
  return delta;
}

function capOutliers(values: NDArray, cap: number): NDArray {
  const capped = values.copy();
  for (let i = 0; i < capped.size; i++) {
    if ((capped.get(i) as number) > cap) {
      capped.set(i, cap);
    }
  }
  return capped;
}

function normalizer(values: NDArray, kind: StoreOptions["norm"]): number {
  const denom = kind === "max" ? values.max() : values.sum();
  return denom === 0 ? 1 : denom;
}

function lineage(snap: Snapshot): number[] {
  const versions: number[] = [snap.version];
  let cur = snap;
  while (cur.parent !== null && cur.parent !== cur) {
    cur = cur.parent;
    versions.push(cur.version);
  }
  return versions;
}

const options: StoreOptions = { ...STORE_DEFAULTS, norm: "sum" };

const raw = array([12, 40, 7, 250, 31]);
const cleaned = capOutliers(raw, options.outlierCap);

// Normalise whichever source the job is configured to publish.
const source = options.useCleaned ? cleaned : raw;
source.idiv(normalizer(source, options.norm)); // expect: no-alias-mutation
console.log("normalised source:", source.tolist());

const root = commit(raw, null);
const next = commit(cleaned, root);
console.log("lineage of v2:", lineage(next).join(" <- "));

for (const [version, snap] of snapshots) {
  const delta = deltaFromParent(snap);
  console.log(`v${version}: values=${JSON.stringify(snap.values.tolist())} delta%=${JSON.stringify(delta.tolist())}`);
}

// The cleaned column is also exported in percent of its own total.
const pct = cleaned.div(cleaned.sum());
pct.imul(100);
console.log("cleaned %:", pct.tolist(), "raw:", raw.tolist());
