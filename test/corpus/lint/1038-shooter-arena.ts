// A top-down space shooter tick: ships kept in arena registries move, collide and change hands; the HUD reports travel and armour.
import { array, NDArray } from "ndalias";

class Ship {
  position: NDArray;
  velocity: NDArray;
  #armour: NDArray; // left wing, left flank, core, right flank, right wing

  constructor(
    readonly id: string,
    x: number,
    y: number,
    vx: number,
    vy: number,
  ) {
    this.position = array([x, y]);
    this.velocity = array([vx, vy]);
    this.#armour = array([20, 35, 60, 35, 20]);
  }

  static fleet(prefix: string, n: number): Ship[] {
    const ships: Ship[] = [];
    for (let i = 0; i < n; i++) ships.push(new Ship(`${prefix}${i}`, i * 3, i, 1 - i * 0.5, 0.5));
    return ships;
  }

  get armour(): NDArray {
    return this.#armour.copy();
  }

  get integrity(): number {
    return this.#armour.sum() / 170;
  }

  hit(section: number, amount: number): this {
    this.#armour.set(section, Math.max(0, this.#armour.get(section) - amount));
    return this;
  }

  // Armour left on the weakest of the three outer plates (indices 0, 2, 4).
  weakestPlate(): number {
    const plates = this.#armour.slice("::2");
    plates.sort(); // expect: no-view-mutation
    return plates.get(0);
  }
}

class Arena {
  readonly ships = new Map<string, Ship>();
  readonly #bounds: NDArray;

  constructor(width: number, height: number) {
    this.#bounds = array([width, height]);
  }

  add(ship: Ship): this {
    this.ships.set(ship.id, ship);
    return this;
  }

  transfer(id: string, other: Arena): Ship | undefined {
    const ship = this.ships.get(id);
    if (ship) {
      this.ships.delete(id);
      other.add(ship);
    }
    return ship;
  }

  tick(dt: number): string[] {
    const report: string[] = [];
    for (const ship of this.ships.values()) {
      const start = ship.position;
      ship.position.iadd(ship.velocity.mul(dt)); // expect: no-alias-mutation
      const moved = ship.position.sub(start);
      report.push(`${ship.id} moved ${Math.hypot(moved.get(0), moved.get(1)).toFixed(2)}`);
    }
    return report;
  }

  wrap(): void {
    for (const ship of this.ships.values()) {
      for (let k = 0; k < 2; k++) {
        const b: number = this.#bounds.get(k);
        ship.position.set(k, ((ship.position.get(k) % b) + b) % b);
      }
    }
  }

  collisions(radius: number): number {
    const list = [...this.ships.values()];
    let hits = 0;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const gap = list[i].position.sub(list[j].position);
        if (Math.hypot(gap.get(0), gap.get(1)) < radius) {
          list[i].hit(2, 10);
          list[j].hit(2, 10);
          hits++;
        }
      }
    }
    return hits;
  }
}

const home = new Arena(20, 12);
const away = new Arena(20, 12);
for (const ship of Ship.fleet("red-", 3)) home.add(ship);

for (let t = 0; t < 3; t++) {
  console.log(home.tick(0.5).join(", "));
  home.wrap();
  console.log("collisions:", home.collisions(2.5));
}

const moved = home.transfer("red-1", away);
if (moved) console.log(`${moved.id} jumped to the away arena at ${moved.position.tolist()}`);
for (const ship of home.ships.values()) {
  console.log(ship.id, "integrity", ship.integrity.toFixed(2), "weakest plate", ship.weakestPlate(), ship.armour.tolist());
}
