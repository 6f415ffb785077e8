// RPG content: weighted loot tables that nest other tables in object arrays, and dungeon rooms linked by one-way portals.
import { array, empty, zeros, NDArray } from "ndalias";

class LootTable {
  readonly entries: NDArray;
  readonly weights: NDArray;
  #used = 0;

  constructor(
    readonly name: string,
    capacity: number,
  ) {
    this.entries = empty(capacity, "object");
    this.weights = zeros(capacity);
  }

  static of(name: string, items: [string, number][], extraSlots = 2): LootTable {
    const table = new LootTable(name, items.length + extraSlots);
    for (const [item, weight] of items) table.add(item, weight);
    return table;
  }

  add(item: string | NDArray, weight: number): this {
    this.entries.set(this.#used, item);
    this.weights.set(this.#used, weight);
    this.#used++;
    return this;
  }

  nest(sub: LootTable, weight: number): this {
    return this.add(sub.entries, weight);
  }

  // A "roll again" slot: landing on it re-rolls this same table.
  withReroll(weight: number): this {
    this.entries.set(this.#used, this.entries); // expect: no-reference-cycle
    this.weights.set(this.#used, weight);
    this.#used++;
    return this;
  }

  odds(): NDArray {
    const p = this.weights.slice(`:${this.#used}`).copy();
    p.idiv(p.sum());
    return p;
  }
}

function pick(entries: NDArray, weights: NDArray, u: number): unknown {
  const total = weights.sum();
  let acc = 0;
  for (let i = 0; i < weights.size; i++) {
    acc += weights.get(i) / total;
    if (u < acc) return entries.get(i);
  }
  return entries.get(weights.size - 1);
}

function roll(table: LootTable, seed: number): string {
  let entries = table.entries;
  let weights = table.weights;
  for (let depth = 0; depth < 5; depth++) {
    const x = Math.sin(seed * 12.9898 + depth * 78.233) * 43758.5453;
    const u = x - Math.floor(x);
    const got = pick(entries, weights, u);
    if (typeof got === "string") return got;
    if (got === entries) continue;
    entries = got as NDArray;
    weights = array(Array.from({ length: entries.size }, () => 1));
  }
  return "nothing";
}

class Room {
  exit: Room | null = null;
  readonly spawnWeights: NDArray;

  constructor(
    readonly name: string,
    readonly loot: LootTable,
    spawns: number[],
  ) {
    this.spawnWeights = array(spawns);
  }

  spawnOdds(): NDArray {
    const p = this.spawnWeights.copy();
    p.idiv(p.sum());
    return p;
  }
}

class Dungeon {
  readonly rooms: Room[] = [];

  static corridor(a: Room, b: Room, c: Room): Dungeon {
    const d = new Dungeon();
    d.rooms.push(a, b, c);
    a.exit = b;
    b.exit = c;
    return d;
  }

  static circuit(a: Room, b: Room, c: Room): Dungeon {
    const d = new Dungeon();
    d.rooms.push(a, b, c);
    a.exit = b;
    b.exit = c;
    c.exit = a; // expect: no-reference-cycle
    return d;
  }

  walk(steps: number): string[] {
    const path: string[] = [];
    for (let r: Room | null = this.rooms[0] ?? null; r !== null && path.length < steps; r = r.exit) path.push(r.name);
    return path;
  }
}

const gems = LootTable.of("gems", [["ruby", 1], ["opal", 3]]);
const chest = LootTable.of("chest", [["gold", 6], ["potion", 3]]).nest(gems, 1).withReroll(1);

const crypt = new Dungeon();
crypt.rooms.push(new Room("crypt", chest, [5, 1]));
const mines = Dungeon.corridor(new Room("shaft", gems, [2, 2]), new Room("vein", gems, [1, 4]), new Room("pit", chest, [0, 6]));
const arena = Dungeon.circuit(new Room("north", chest, [3, 3]), new Room("east", gems, [1, 1]), new Room("south", chest, [6, 0]));

console.log("chest odds:", chest.odds().tolist());
console.log("rolls:", [1, 2, 3, 4, 5].map((s) => roll(chest, s)).join(", "));
console.log("mines:", mines.walk(10).join(" -> "), "| arena:", arena.walk(7).join(" -> "));
console.log("crypt spawn odds:", crypt.rooms[0].spawnOdds().tolist());
