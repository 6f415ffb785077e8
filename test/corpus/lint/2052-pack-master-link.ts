// Pack topology: the pack owns its modules, the master module keeps a handle to the pack for balancing requests, and a balancer reads both.
import { zeros, array, NDArray } from "ndalias";

class BatteryModule {
  readonly index: number;
  cellVoltages: NDArray;
  temperatures: NDArray;
  packId: number;
  pack: Pack | null = null;

  constructor(index: number, cells: number, packId: number) {
    this.index = index;
    this.packId = packId;
    this.cellVoltages = zeros(cells);
    this.temperatures = zeros(2);
  }

  load(voltages: number[], temps: number[]): void {
    this.cellVoltages.assign(":", array(voltages));
    this.temperatures.assign(":", array(temps));
  }

  spread(): number {
    return this.cellVoltages.max() - this.cellVoltages.min();
  }
}

class Pack {
  readonly id: number;
  modules: BatteryModule[] = [];
  busVoltage: NDArray;
  master: BatteryModule | null = null;

  constructor(id: number) {
    this.id = id;
    this.busVoltage = zeros(1);
  }

  refreshBus(): number {
    let total = 0;
    for (const m of this.modules) total += m.cellVoltages.sum();
    this.busVoltage.set(0, total);
    return total;
  }
}

class Balancer {
  private readonly pack: Pack;
  readonly threshold: number;

  constructor(pack: Pack, threshold: number) {
    this.pack = pack;
    this.threshold = threshold;
  }

  modulesToBalance(): number[] {
    return this.pack.modules.filter((m) => m.spread() > this.threshold).map((m) => m.index);
  }
}

function assemblePack(id: number, count: number, cellsPerModule: number): Pack {
  const pack = new Pack(id);
  for (let i = 0; i < count; i++) {
    pack.modules.push(new BatteryModule(i, cellsPerModule, id));
  }
  const master = pack.modules[0];
  pack.master = master;
  master.pack = pack; // expect: no-reference-cycle
  return pack;
}

function requestBalance(module: BatteryModule): string {
  const owner = module.pack;
  if (owner === null) return `module ${module.index}: no pack handle`;
  const bus = owner.refreshBus();
  return `module ${module.index} asks pack ${owner.id} (bus ${bus.toFixed(2)} V) to balance`;
}

const pack = assemblePack(7, 3, 4);
const measured = [
  [3.701, 3.712, 3.695, 3.708],
  [3.688, 3.731, 3.702, 3.699],
  [3.71, 3.709, 3.711, 3.707],
];
pack.modules.forEach((m, i) => m.load(measured[i], [24.5 + i, 25.1 + i]));

const balancer = new Balancer(pack, 0.02);
console.log("bus voltage:", pack.refreshBus().toFixed(3));
console.log("modules over threshold:", balancer.modulesToBalance());

if (pack.master !== null) {
  console.log(requestBalance(pack.master));
}
for (const m of pack.modules) {
  console.log(`module ${m.index} of pack ${m.packId}: spread ${(m.spread() * 1000).toFixed(1)} mV, max T ${m.temperatures.max()}`);
}
console.log("stored bus voltage:", pack.busVoltage.tolist());
