// Spawns random-walk agents from a template with factories that allocate fresh buffers, moves them and prints where they ended up.
import { array, zeros, NDArray } from "ndalias";

interface Agent {
  id: number;
  pos: NDArray;
  memory: NDArray;
}

const template = { pos: array([0, 0]), memory: zeros(4) };

function spawn(id: number): Agent {
  return { id, pos: template.pos.copy(), memory: zeros(4) };
}

function moved(agent: Agent, step: NDArray): Agent {
  return { ...agent, pos: agent.pos.add(step) };
}

function forked(agent: Agent, id: number): Agent {
  return Object.assign({}, agent, { id, pos: agent.pos.copy(), memory: agent.memory.copy() });
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

function distance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

function centroid(agents: Agent[]): NDArray {
  const c = zeros(2);
  for (const a of agents) c.iadd(a.pos);
  return c.div(agents.length);
}

const rand = lcg(42);
const alice = spawn(1);
const bob = spawn(2);

// two agents spawned from one template never share buffers
alice.pos.set(0, 1.5);
bob.pos.set(1, -2.0);
console.log("alice:", alice.pos.tolist(), "bob:", bob.pos.tolist(), "template:", template.pos.tolist());

// a moved agent gets a fresh position; only its position is written
let walker = alice;
for (let t = 0; t < 4; t++) {
  const step = array([rand() - 0.5, rand() - 0.5]);
  const next = moved(walker, step);
  next.pos.imul(0.95);
  console.log(`t=${t}: ${(next.pos.tolist() as number[]).map((v) => v.toFixed(3)).join(", ")}`);
  walker = next;
}
console.log("alice stayed at:", alice.pos.tolist(), "walker at:", walker.pos.tolist());

// a fork owns copies of every buffer
const clone = forked(bob, 3);
clone.memory.fill(1);
clone.memory.set(3, 7);
clone.pos.iadd(array([0.5, 0.5]));
console.log("bob memory:", bob.memory.tolist(), "fork memory:", clone.memory.tolist());
console.log("bob-fork distance:", distance(bob.pos, clone.pos).toFixed(3));

// a scratch buffer derived from the template is rebound before it is written
let scratch: NDArray = template.memory;
scratch = scratch.add(1);
scratch.imul(2);
console.log("scratch:", scratch.tolist(), "template memory:", template.memory.tolist());

// the template itself is only changed through its own path
template.pos.fill(10);
const late = spawn(4);
console.log("late spawn starts at:", late.pos.tolist());
console.log(
  "agents:",
  [alice, bob, clone, late].map((a) => `${a.id}@${(a.pos.tolist() as number[]).join(",")}`).join(" "),
);
console.log("centroid:", centroid([alice, bob, clone, late]).tolist());
