// Versioned model checkpoints: each keeps private weights and a link to its predecessor through accessors; an object-dtype archive bundles them for export.
import { array, empty, NDArray } from "ndalias";

class Checkpoint {
  #weights: NDArray;
  #previous: Checkpoint | null;
  #tag: string;

  constructor(tag: string, weights: NDArray, previous: Checkpoint | null = null) {
    this.#tag = tag;
    this.#weights = weights.copy();
    this.#previous = previous;
  }

  get tag(): string {
    return this.#tag;
  }

  get previous(): Checkpoint | null {
    return this.#previous;
  }

  set previous(cp: Checkpoint | null) {
    if (cp === this) {
      throw new Error(`checkpoint ${this.#tag} cannot precede itself`);
    }
    this.#previous = cp;
  }

  get weights(): NDArray {
    return this.#weights.copy();
  }

  delta(): NDArray {
    if (this.#previous === null) {
      return this.#weights.copy();
    }
    return this.#weights.sub(this.#previous.#weights);
  }

  lineage(): string[] {
    const tags: string[] = [];
    for (let cp: Checkpoint | null = this; cp !== null; cp = cp.#previous) {
      tags.push(cp.#tag);
    }
    return tags;
  }
}

function train(start: NDArray, steps: number, lr: number): NDArray[] {
  const history: NDArray[] = [];
  let w = start.copy();
  for (let s = 0; s < steps; s++) {
    const grad = w.mul(2).sub(1);
    w = w.sub(grad.mul(lr));
    history.push(w);
  }
  return history;
}

function buildLineage(history: NDArray[]): Checkpoint {
  let head = new Checkpoint("init", history[0]);
  for (let i = 1; i < history.length; i++) {
    head = new Checkpoint(`step-${i}`, history[i], head);
  }
  return head;
}

function graft(tip: Checkpoint, branchBase: Checkpoint, stem: Checkpoint): void {
  branchBase.previous = stem;
  tip.previous = branchBase;
}

function archive(head: Checkpoint): NDArray {
  const tags = head.lineage();
  const bundle = empty(tags.length, "object");
  let cp: Checkpoint | null = head;
  for (let i = 0; cp !== null; i++, cp = cp.previous) {
    bundle.set(i, cp.weights);
  }
  const meta = empty(2, "object");
  meta.set(0, bundle);
  meta.set(1, array(tags.map((t) => t.length)));
  return meta;
}

const history = train(array([0.9, -0.4, 0.2]), 4, 0.1);
const head = buildLineage(history);
console.log("lineage:", head.lineage().join(" <- "));
console.log("last delta:", head.delta().tolist());

const stem = new Checkpoint("stem", array([0.5, 0.5, 0.5]));
const branchBase = new Checkpoint("branch-base", array([0.4, 0.45, 0.5]));
const tip = new Checkpoint("branch-tip", history[history.length - 1]);
graft(tip, branchBase, stem);
console.log("grafted lineage:", tip.lineage().join(" <- "), "delta:", tip.delta().tolist());

const exported = archive(head);
const bundle: NDArray = exported.get(0);
const first: NDArray = bundle.get(0);
console.log("archived", bundle.size, "checkpoints; newest weights:", first.tolist());
console.log("tag lengths:", (exported.get(1) as NDArray).tolist());
