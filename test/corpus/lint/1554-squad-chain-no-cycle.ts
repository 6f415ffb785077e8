// Squad command chain: units follow a leader in a column, attackers pick targets, and orders live in an object table.
import { array, empty, zeros, NDArray } from "ndalias";

class Unit {
  pos: NDArray;
  home: NDArray;
  leader: Unit | null = null;
  target: Unit | null = null;

  constructor(readonly name: string, x: number, y: number) {
    this.pos = array([x, y]);
    this.home = this.pos.copy();
  }

  chainLength(): number {
    let n = 0;
    let cur: Unit | null = this.leader;
    while (cur) {
      n++;
      cur = cur.leader;
    }
    return n;
  }
}

class OrderBook {
  readonly table: NDArray;
  readonly history: NDArray;

  constructor(slots: number) {
    this.table = empty(slots, "object");
    this.history = empty(slots, "object");
  }

  post(slot: number, waypoint: NDArray): void {
    this.history.set(slot, this.table.get(slot));
    this.table.set(slot, waypoint);
  }
}

function formColumn(units: Unit[]): void {
  for (let i = 1; i < units.length; i++) {
    units[i].leader = units[i - 1];
  }
}

function assignTargets(attackers: Unit[], defenders: Unit[]): void {
  attackers.forEach((a, i) => {
    a.target = defenders[i % defenders.length];
  });
}

function followStep(unit: Unit, gap: number): void {
  if (!unit.leader) return;
  const toLeader = unit.leader.pos.sub(unit.pos);
  const dist = Math.sqrt(toLeader.mul(toLeader).sum());
  if (dist > gap) {
    toLeader.imul((dist - gap) / dist);
    unit.pos.iadd(toLeader);
  }
}

function advance(unit: Unit, delta: NDArray): void {
  unit.pos.iadd(delta);
}

function buildOrderTree(): NDArray {
  const root = empty(2, "object");
  const flank = empty(2, "object");
  flank.set(0, array([3, 4]));
  flank.set(1, zeros(2));
  root.set(0, flank);
  root.set(1, array([9, 9]));
  return root;
}

const alpha = [new Unit("a1", 0, 0), new Unit("a2", -1, 0), new Unit("a3", -2, 0)];
const bravo = [new Unit("b1", 10, 5), new Unit("b2", 11, 5)];
formColumn(alpha);
formColumn(bravo);
assignTargets(alpha, bravo);

advance(alpha[0], array([4, 1]));
for (let t = 0; t < 5; t++) {
  for (const unit of alpha) followStep(unit, 1.2);
}

for (const unit of alpha) {
  const target = unit.target ? unit.target.name : "none";
  const wander = unit.pos.sub(unit.home);
  console.log(
    `${unit.name}: chain=${unit.chainLength()} target=${target}`,
    `pos=${JSON.stringify(unit.pos.tolist())} from home=${Math.sqrt(wander.mul(wander).sum()).toFixed(2)}`,
  );
}

const orders = new OrderBook(3);
orders.post(0, alpha[0].pos.copy());
orders.post(1, array([6, 6]));
orders.post(0, array([7, 2]));
const current: NDArray = orders.table.get(0);
const previous: NDArray = orders.history.get(0);
console.log("squad order:", current.tolist(), "previous:", previous.tolist());

const tree = buildOrderTree();
const flankOrders: NDArray = tree.get(0);
const flankPoint: NDArray = flankOrders.get(0);
console.log("flank waypoint:", flankPoint.tolist(), "tree size:", tree.size);
