// Humanoid kinematic tree: links point to their parent only, world positions are resolved root-first, and a control-task ring schedules updates.
import { array, empty, zeros, NDArray } from "ndalias";

class TreeLink {
  worldPos: NDArray;
  readonly offset: NDArray;
  readonly childIdx: number[] = [];

  constructor(
    readonly name: string,
    readonly parent: TreeLink | null,
    offset: number[],
  ) {
    this.offset = array(offset);
    this.worldPos = zeros(3);
  }
}

class Skeleton {
  readonly links: TreeLink[] = [];
  readonly rootPos: NDArray;

  constructor(rootPos: number[]) {
    this.rootPos = array(rootPos);
  }

  add(name: string, parentName: string | null, offset: number[]): TreeLink {
    const parentIndex = parentName === null ? -1 : this.links.findIndex((l) => l.name === parentName);
    const parent = parentIndex >= 0 ? this.links[parentIndex] : null;
    const link = new TreeLink(name, parent, offset);
    if (parentIndex >= 0) this.links[parentIndex].childIdx.push(this.links.length);
    this.links.push(link);
    return link;
  }

  resolve(): void {
    for (const link of this.links) {
      const base = link.parent === null ? this.rootPos : link.parent.worldPos;
      link.worldPos = base.add(link.offset);
    }
  }

  depth(link: TreeLink): number {
    let d = 0;
    for (let p = link.parent; p !== null; p = p.parent) d++;
    return d;
  }
}

// Control tasks carry only timing data and form a round-robin ring.
class ControlTask {
  next: ControlTask = this;
  lastRun = -Infinity;
  constructor(
    readonly label: string,
    readonly periodMs: number,
  ) {}
}

function insertAfter(anchor: ControlTask, task: ControlTask): void {
  task.next = anchor.next;
  anchor.next = task;
}

const body = new Skeleton([0, 0, 0.95]);
body.add("pelvis", null, [0, 0, 0]);
body.add("torso", "pelvis", [0, 0, 0.25]);
body.add("head", "torso", [0, 0, 0.35]);
body.add("l_thigh", "pelvis", [0, 0.09, -0.05]);
body.add("l_shin", "l_thigh", [0, 0, -0.42]);
body.add("r_thigh", "pelvis", [0, -0.09, -0.05]);
body.add("r_shin", "r_thigh", [0, 0, -0.42]);
const leftFoot = body.add("l_foot", "l_shin", [0.05, 0, -0.4]);
const rightFoot = body.add("r_foot", "r_shin", [0.05, 0, -0.4]);
body.resolve();

// A table of the foot positions for the balance controller, held in an object-dtype array.
const contacts = empty(2, "object");
contacts.set(0, leftFoot.worldPos);
contacts.set(1, rightFoot.worldPos);
const support = zeros(3);
for (let i = 0; i < contacts.size; i++) {
  const foot: NDArray = contacts.get(i);
  support.iadd(foot.mul(0.5));
}

const ring = new ControlTask("balance", 2);
insertAfter(ring, new ControlTask("gait", 10));
insertAfter(ring, new ControlTask("vision", 33));

let t = 0;
let task = ring;
const schedule: string[] = [];
for (let step = 0; step < 6; step++) {
  if (t - task.lastRun >= task.periodMs) {
    schedule.push(`${t}ms:${task.label}`);
    task.lastRun = t;
  }
  task = task.next;
  t += 2;
}

for (const link of body.links) {
  console.log(`${"  ".repeat(body.depth(link))}${link.name}`, link.worldPos.tolist(), "children:", link.childIdx.length);
}
console.log("support point:", support.tolist());
console.log("schedule:", schedule.join(", "));
contacts.dispose();
