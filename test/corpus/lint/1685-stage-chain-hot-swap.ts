// An audio effect chain kept as a singly linked list of stages in a registry; stages are hot-swapped with re-tuned copies and re-linked.
import { array, NDArray } from "ndalias";

class Stage {
  next: Stage | null = null;
  constructor(
    readonly name: string,
    readonly gains: NDArray,
    readonly version = 1,
  ) {}

  apply(signal: NDArray): NDArray {
    return signal.mul(this.gains);
  }
}

const registry = new Map<string, Stage>();
let head: Stage | null = null;

function append(name: string, gains: number[]): Stage {
  const stage = new Stage(name, array(gains));
  registry.set(name, stage);
  if (head === null) {
    head = stage;
  } else {
    let tail: Stage = head;
    while (tail.next !== null) tail = tail.next;
    tail.next = stage;
  }
  return stage;
}

function predecessorOf(target: Stage): Stage | null {
  for (let s = head; s !== null; s = s.next) {
    if (s.next === target) return s;
  }
  return null;
}

function replaceStage(name: string, retune: (gains: NDArray) => void): Stage {
  const old = registry.get(name);
  if (old === undefined) throw new Error(`no stage ${name}`);
  const gains = old.gains.copy();
  retune(gains);
  const fresh = new Stage(name, gains, old.version + 1);
  fresh.next = old.next;
  const before = predecessorOf(old);
  if (before === null) head = fresh;
  else before.next = fresh;
  old.next = null;
  registry.set(name, fresh);
  return old;
}

function remove(name: string): void {
  const stage = registry.get(name);
  if (stage === undefined) return;
  const before = predecessorOf(stage);
  if (before === null) head = stage.next;
  else before.next = stage.next;
  stage.next = null;
  registry.delete(name);
}

function run(input: NDArray): NDArray {
  let signal = input;
  for (let s = head; s !== null; s = s.next) signal = s.apply(signal);
  return signal;
}

function describe(): string {
  const parts: string[] = [];
  for (let s = head; s !== null; s = s.next) parts.push(`${s.name}@v${s.version}`);
  return parts.join(" -> ");
}

append("preamp", [2, 2, 2, 2]);
append("eq", [1.2, 1.0, 0.8, 0.6]);
append("limiter", [0.9, 0.9, 0.9, 0.9]);
append("master", [1, 1, 1, 1]);

const block = array([0.1, 0.3, -0.2, 0.05]);
const firstPass = run(block);
console.log(describe(), "->", firstPass.tolist());

// Brighten the EQ: the old stage object stays intact for the A/B comparison below.
const oldEq = replaceStage("eq", (g) => {
  g.slice("2:").imul(1.5);
});
const newEq = registry.get("eq")!;
console.log("eq gains before:", oldEq.gains.tolist(), "after:", newEq.gains.tolist());

remove("limiter");
const secondPass = run(block);
console.log(describe(), "->", secondPass.tolist());

// Probe a louder variant of the output without touching what we measured.
let probe = secondPass;
probe = probe.mul(2);
probe.iadd(0.01);
console.log("probe peak:", probe.max().toFixed(3), "measured peak:", secondPass.max().toFixed(3));

const gainChange = newEq.gains.sub(oldEq.gains);
console.log("eq change per band:", gainChange.tolist(), "input untouched:", block.tolist());
