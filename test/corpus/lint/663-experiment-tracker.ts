// Experiment tracker: records loss and accuracy curves per run, compares runs against a reference, and bundles runs for export.
import { array, empty, NDArray } from "ndalias";

class Box<T> {
  constructor(private value: T) {}
  get(): T {
    return this.value;
  }
  replace(next: T): T {
    const old = this.value;
    this.value = next;
    return old;
  }
}

function boxed<T>(value: T): Box<T> {
  return new Box(value);
}

function pick<T, K extends keyof T>(obj: T, key: K): T[K] {
  return obj[key];
}

interface Run {
  name: string;
  losses: NDArray;
  accuracies: NDArray;
  tags: string[];
}

interface Comparison {
  name: string;
  finalLoss: number;
  bestAccuracy: number;
  gapToReference: number;
}

function makeRun(name: string, losses: number[], accuracies: number[], tags: string[] = []): Run {
  return { name, losses: array(losses), accuracies: array(accuracies), tags };
}

function finalValue(curve: NDArray): number {
  return curve.get(curve.size - 1);
}

function smooth(curve: NDArray, alpha: number): NDArray {
  const out = curve.copy();
  for (let i = 1; i < out.size; i++) {
    out.set(i, alpha * out.get(i - 1) + (1 - alpha) * curve.get(i));
  }
  return out;
}

function bestEpoch(curve: NDArray): number {
  let best = 0;
  for (let i = 1; i < curve.size; i++) {
    if (curve.get(i) > curve.get(best)) best = i;
  }
  return best;
}

function compare(run: Run, reference: Run): Comparison {
  const mine = smooth(pick(run, "losses"), 0.5);
  const theirs = smooth(pick(reference, "losses"), 0.5);
  return {
    name: run.name,
    finalLoss: finalValue(mine),
    bestAccuracy: run.accuracies.get(bestEpoch(run.accuracies)),
    gapToReference: finalValue(mine) - finalValue(theirs),
  };
}

function bundleRun(run: Run): NDArray {
  const bundle = empty(4, "object");
  const index = empty(2, "object");
  bundle.set(0, run.losses);
  bundle.set(1, run.accuracies);
  bundle.set(2, index);
  bundle.set(3, run.name);
  index.set(0, bundle); // expect: no-reference-cycle
  index.set(1, run.tags.join(","));
  return bundle;
}

function describeBundle(bundle: NDArray): string {
  const curve: NDArray = bundle.get(0);
  return `${String(bundle.get(3))}: ${curve.size} epochs, final loss ${finalValue(curve).toFixed(2)}`;
}

type Filter = (run: Run) => boolean;

const FILTERS: Map<string, Filter> = new Map([
  ["converged", (run: Run) => finalValue(run.losses) < 0.5],
  ["tagged", (run: Run) => run.tags.length > 0],
  ["accurate", (run: Run) => run.accuracies.max() > 0.8],
]);

function applyFilters(runs: Run[], names: string[]): Run[] {
  return runs.filter((run) => names.every((n) => FILTERS.get(n)?.(run) ?? true));
}

class Leaderboard {
  private readonly rows: Comparison[] = [];
  private readonly reference: Box<Run>;

  constructor(reference: Run) {
    this.reference = boxed(reference);
  }

  add(run: Run): Comparison {
    const row = compare(run, this.reference.get());
    this.rows.push(row);
    return row;
  }

  rebase(next: Run): string {
    return this.reference.replace(next).name;
  }

  ranking(): string[] {
    return [...this.rows].sort((a, b) => a.finalLoss - b.finalLoss).map((r) => r.name);
  }
}

const runs: Run[] = [
  makeRun("baseline", [2.1, 1.4, 0.9, 0.7, 0.6], [0.41, 0.58, 0.7, 0.76, 0.79], ["ref"]),
  makeRun("wide", [2.0, 1.1, 0.7, 0.45, 0.4], [0.45, 0.63, 0.77, 0.83, 0.85]),
  makeRun("deep", [2.3, 1.6, 1.0, 0.62, 0.41], [0.38, 0.55, 0.69, 0.8, 0.86], ["candidate"]),
];

const board = new Leaderboard(runs[0]);
for (const run of runs.slice(1)) {
  const row = board.add(run);
  console.log(`${row.name}: final ${row.finalLoss.toFixed(3)}, gap ${row.gapToReference.toFixed(3)}`);
}
console.log("ranking:", board.ranking().join(" > "));

// Accuracy of the reference run in percent, for the dashboard header.
const referenceAccuracy = boxed(runs[0].accuracies);
const percent = referenceAccuracy.get();
percent.imul(100); // expect: no-alias-mutation
console.log("reference accuracy (%):", percent.tolist());
console.log("baseline final accuracy:", finalValue(runs[0].accuracies));

const selected = applyFilters(runs, ["converged", "accurate"]);
console.log("selected:", selected.map((r) => r.name));
for (const run of runs) {
  console.log(`${run.name} best accuracy at epoch ${bestEpoch(run.accuracies)}: ${run.accuracies.max()}`);
}

const previous = board.rebase(runs[2]);
console.log(`reference moved from ${previous} to ${runs[2].name}`);

const bundles = selected.map(bundleRun);
bundles.forEach((b) => console.log(describeBundle(b)));
console.log("bundled", bundles.length, "runs of", bundles.map((b) => b.size).join(", "), "slots");
