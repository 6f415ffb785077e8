// Branch stock records for a toy retailer: accessors copy on the way in, reservations use separate buffers, and a static cache keeps templates.
import { array, zeros, full, sharesMemory, NDArray } from "ndalias";

class BranchStock {
  static readonly templates: Record<string, NDArray> = {};
  private _onHand: NDArray;
  private readonly _reserved: NDArray;

  constructor(readonly code: string, size: number) {
    this._onHand = zeros(size);
    this._reserved = zeros(size);
  }

  static registerTemplate(name: string, levels: NDArray): void {
    BranchStock.templates[name] = levels.copy();
  }

  static fromTemplate(code: string, name: string): BranchStock {
    const template = BranchStock.templates[name];
    const branch = new BranchStock(code, template.size);
    branch.onHand = template;
    return branch;
  }

  set onHand(levels: NDArray) {
    this._onHand = levels.copy();
  }

  get available(): number {
    return this._onHand.sub(this._reserved).sum();
  }

  get reservedUnits(): number {
    return this._reserved.sum();
  }

  reserve(item: number, qty: number): boolean {
    const free = this._onHand.get(item) - this._reserved.get(item);
    if (free < qty) {
      return false;
    }
    this._reserved.set(item, this._reserved.get(item) + qty);
    return true;
  }

  receive(delivery: NDArray): number {
    this._onHand.iadd(delivery);
    return this._onHand.sum();
  }

  levels(): NDArray {
    return this._onHand.copy();
  }
}

const toys = ["blocks", "puzzle", "kite", "robot"];
const starter = array([20, 15, 10, 5]);
BranchStock.registerTemplate("starter", starter);
starter.fill(0);
console.log("starter sheet cleared after registering:", starter.tolist());

const bristol = BranchStock.fromTemplate("BRS", "starter");
const cardiff = BranchStock.fromTemplate("CDF", "starter");
console.log(`templates kept: ${Object.keys(BranchStock.templates).join(", ")}`);

const delivery = array([5, 5, 0, 10]);
const bristolTotal = bristol.receive(delivery);
delivery.imul(2);
const cardiffTotal = cardiff.receive(delivery);
console.log(`Bristol holds ${bristolTotal}, Cardiff holds ${cardiffTotal}`);

console.log("robot reserved in Bristol:", bristol.reserve(3, 4));
console.log("kite reserved in Cardiff:", cardiff.reserve(2, 25));

const morning = zeros(toys.length);
const evening = zeros(toys.length);
morning.iadd(array([3, 1, 0, 2]));
evening.assign(":", morning);
evening.iadd(array([1, 4, 2, 0]));
morning.imul(10);
console.log("morning sales x10:", morning.tolist(), "evening cumulative:", evening.tolist());
console.log("buffers share memory:", sharesMemory(morning, evening));

const safety = full(toys.length, 2);
const bristolLevels = bristol.levels();
bristolLevels.isub(safety);
safety.fill(3);
console.log("Bristol levels above safety:", bristolLevels.tolist(), "new safety:", safety.tolist());

for (const branch of [bristol, cardiff]) {
  console.log(`${branch.code}: ${branch.available} available, ${branch.reservedUnits} reserved`);
}
