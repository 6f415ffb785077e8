// Schedules teacher/student distillation between two learners: one follows the other each round, roles swap between rounds.
import { array, zeros, NDArray } from "ndalias";

class Learner {
  leader: Learner | null = null;
  backup: Learner | null = null;
  constructor(
    readonly name: string,
    public params: NDArray,
  ) {}

  distill(rate: number): void {
    if (!this.leader) return;
    const pull = this.leader.params.sub(this.params);
    pull.imul(rate);
    this.params.iadd(pull);
  }
}

export function assignRoles(a: Learner, b: Learner, aLeads: boolean): void {
  if (aLeads) {
    b.leader = a;
    a.leader = null;
  } else {
    a.leader = b;
    b.leader = null;
  }
}

export function warmStartThenFollow(size: number): [Learner, Learner] {
  const veteran = new Learner("veteran", array([0.9, -0.4, 0.3, 0.1].slice(0, size)));
  const rookie = new Learner("rookie", zeros(size));
  // the veteran briefly points at the rookie to measure how far apart they start
  veteran.leader = rookie;
  const gap = veteran.leader.params.sub(veteran.params);
  console.log(`initial gap ${Math.sqrt(gap.mul(gap).sum()).toFixed(3)}`);
  veteran.leader = null;
  rookie.leader = veteran;
  return [veteran, rookie];
}

export function rotateBackups(a: Learner, b: Learner, c: Learner): void {
  a.backup = b;
  b.backup = c;
  // c takes over as a's standby and b is retired from the rotation
  b.backup = null;
  c.backup = a;
}

export function pickLeader(pool: Learner[], scores: NDArray): Learner {
  let best = 0;
  for (let i = 1; i < pool.length; i++) {
    if ((scores.get(i) as number) > (scores.get(best) as number)) best = i;
  }
  const winner = pool[best];
  winner.leader = null;
  for (let i = 0; i < pool.length; i++) {
    if (i !== best) pool[i].leader = winner;
  }
  return winner;
}

function score(l: Learner, target: NDArray): number {
  const diff = l.params.sub(target);
  return -diff.mul(diff).sum();
}

const target = array([1, -0.5, 0.25, 0]);
const [veteran, rookie] = warmStartThenFollow(4);
for (let round = 0; round < 6; round++) {
  const vetScore = score(veteran, target);
  const rookieScore = score(rookie, target);
  assignRoles(veteran, rookie, vetScore >= rookieScore);
  veteran.distill(0.3);
  rookie.distill(0.3);
  console.log(`round ${round}: veteran ${vetScore.toFixed(3)} rookie ${rookieScore.toFixed(3)}`);
}

const third = new Learner("third", array([0.5, 0, 0, 0]));
const spareA = new Learner("spare-a", zeros(4));
const spareB = new Learner("spare-b", zeros(4));
rotateBackups(third, spareA, spareB);
console.log(
  "backups:",
  [third, spareA, spareB].map((l) => `${l.name}->${l.backup ? l.backup.name : "none"}`).join(", "),
);

const pool = [veteran, rookie, third];
const scores = array(pool.map((l) => score(l, target)));
const winner = pickLeader(pool, scores);
console.log("leader:", winner.name, JSON.stringify(winner.params.tolist()));
