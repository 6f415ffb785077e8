// A turn-based tactics skirmish: units trade blows and level up, fog of war is revealed around each unit, and a log prints each turn.
import { array, zeros, NDArray } from "ndalias";

class Unit {
  readonly stats: NDArray; // hp, attack, defence

  constructor(
    readonly name: string,
    hp: number,
    attack: number,
    defence: number,
    public row: number,
    public col: number,
  ) {
    this.stats = array([hp, attack, defence]);
  }

  static knight(name: string, row: number, col: number): Unit {
    return new Unit(name, 30, 7, 4, row, col);
  }

  static goblin(name: string, row: number, col: number): Unit {
    return new Unit(name, 12, 5, 1, row, col);
  }

  get alive(): boolean {
    return this.stats.get(0) > 0;
  }

  // Raises attack and defence by 10% and returns the attack gained.
  levelUp(): number {
    const previous = this.stats;
    const oldAttack: number = previous.get(1);
    this.stats.set(1, oldAttack * 1.1);
    this.stats.set(2, this.stats.get(2) * 1.1);
    return this.stats.get(1) - oldAttack;
  }

  receive(damage: number): this {
    const defence: number = this.stats.get(2);
    this.stats.set(0, Math.max(0, this.stats.get(0) - Math.max(1, damage - defence)));
    return this;
  }
}

class FogOfWar {
  #seen: NDArray;

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.#seen = zeros([rows, cols], "uint8");
  }

  reveal(unit: Unit, radius: number): number {
    const before = this.#seen.sum();
    const r0 = Math.max(0, unit.row - radius);
    const c0 = Math.max(0, unit.col - radius);
    const r1 = Math.min(this.rows, unit.row + radius + 1);
    const c1 = Math.min(this.cols, unit.col + radius + 1);
    this.#seen.slice(`${r0}:${r1}, ${c0}:${c1}`).fill(1);
    return this.#seen.sum() - before;
  }

  visibleFraction(): number {
    return this.#seen.mean();
  }
}

class Skirmish {
  readonly units: Unit[] = [];
  readonly #damage: NDArray;

  constructor(
    readonly fog: FogOfWar,
    readonly turns: number,
    maxUnits: number,
  ) {
    this.#damage = zeros([maxUnits, turns]);
  }

  enlist(...units: Unit[]): this {
    this.units.push(...units);
    return this;
  }

  attack(attacker: Unit, target: Unit, turn: number): number {
    const hpBefore: number = target.stats.get(0);
    target.receive(attacker.stats.get(1));
    const dealt = hpBefore - target.stats.get(0);
    const idx = this.units.indexOf(target);
    this.#damage.set([idx, turn], this.#damage.get(idx, turn) + dealt);
    return dealt;
  }

  play(turn: number): string {
    const [hero, ...foes] = this.units;
    const heroStats = hero.stats;
    const hpAtStart: number = heroStats.get(0);
    let dealt = 0;
    for (const foe of foes) {
      if (!foe.alive || !hero.alive) continue;
      dealt += this.attack(hero, foe, turn);
      if (foe.alive) this.attack(foe, hero, turn);
      else console.log(`  ${hero.name} gains ${hero.levelUp().toFixed(2)} attack`);
    }
    let newlySeen = 0;
    for (const u of this.units) if (u.alive) newlySeen += this.fog.reveal(u, 1);
    const takenThisTurn = this.#damage.slice(":", turn);
    return `turn ${turn}: hero hp ${hpAtStart} -> ${hero.stats.get(0)}, dealt ${dealt}, taken column ${takenThisTurn.tolist()}, revealed ${newlySeen}`;
  }

  // Damage per unit, counting at most `cap` per turn so one lucky turn does not dominate.
  cappedDamage(cap: number): number[] {
    const capped = this.#damage.copy();
    for (let i = 0; i < capped.shape[0]; i++) {
      for (let t = 0; t < capped.shape[1]; t++) capped.set([i, t], Math.min(cap, capped.get(i, t)));
    }
    return this.units.map((_, i) => capped.slice(i).sum());
  }
}

const fog = new FogOfWar(6, 8);
const game = new Skirmish(fog, 4, 4).enlist(Unit.knight("Ayla", 2, 2), Unit.goblin("Grub", 2, 4), Unit.goblin("Snik", 4, 6));

for (let t = 0; t < game.turns; t++) console.log(game.play(t));
console.log("damage per unit:", game.cappedDamage(5));
console.log(`map revealed: ${(fog.visibleFraction() * 100).toFixed(0)}%`);
