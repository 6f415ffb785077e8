// Entity-component store of a physics engine: component tables are object-dtype arrays, and a prefab table inherits from its parent.
// runnable
import { empty, zeros, ones, full, refcount, memoryStats, NDArray } from "ndalias";

abstract class ComponentTable {
  protected readonly slots: NDArray;

  protected constructor(readonly name: string, size: number) {
    this.slots = empty(size, "object");
  }

  register(index: number, component: NDArray): this {
    this.slots.set(index, component);
    return this;
  }

  get table(): NDArray {
    return this.slots;
  }

  component(index: number): NDArray {
    return this.slots.get(index);
  }

  release(): void {
    this.slots.dispose();
  }
}

class EntityTable extends ComponentTable {
  static withDefaults(name: string): EntityTable {
    return new EntityTable(name, 3).register(0, zeros(3)).register(1, ones(3));
  }

  private constructor(name: string, size: number) {
    super(name, size);
  }

  inheritFrom(parent: EntityTable): void {
    this.slots.set(2, parent.table);
    parent.table.set(2, this.slots); // expect: no-reference-cycle
  }
}

class MassTable extends ComponentTable {
  constructor(masses: number[]) {
    super("masses", masses.length);
    masses.forEach((m, i) => this.register(i, full(1, m)));
  }

  total(): number {
    let sum = 0;
    for (let i = 0; i < this.slots.size; i++) sum += this.component(i).sum();
    return sum;
  }
}

const base = EntityTable.withDefaults("crate");
const prefab = EntityTable.withDefaults("heavy-crate");
prefab.inheritFrom(base);
const masses = new MassTable([2, 5, 1.5]);

console.log("velocity of prefab:", prefab.component(1).tolist(), "total mass:", masses.total());
console.log("references to the base table:", refcount(base.table));
base.release();
prefab.release();
masses.release();
console.log("after release:", memoryStats());
