// Builds a road network as a cyclic graph of junctions and diffuses traffic over it, storing the flows in one vector.
import { zeros, array, NDArray } from "ndalias";

class Junction {
  readonly roads: Junction[] = [];
  detour: Junction | null = null;
  home: Junction;
  constructor(
    readonly id: number,
    readonly name: string,
  ) {
    this.home = this;
  }
}

function connect(a: Junction, b: Junction): void {
  a.roads.push(b);
  b.roads.push(a);
}

export function buildLoop(names: string[]): Junction[] {
  const js = names.map((n, i) => new Junction(i, n));
  for (let i = 0; i < js.length; i++) connect(js[i], js[(i + 1) % js.length]);
  const first = js[0];
  const last = js[js.length - 1];
  first.detour = last;
  last.detour = first;
  return js;
}

export class TrafficModel {
  flow: NDArray;
  constructor(readonly junctions: Junction[]) {
    this.flow = zeros(junctions.length);
  }

  inject(id: number, cars: number): void {
    this.flow.set(id, (this.flow.get(id) as number) + cars);
  }

  step(rate: number): void {
    const next = this.flow.copy();
    for (const j of this.junctions) {
      const out = (this.flow.get(j.id) as number) * rate;
      next.set(j.id, (next.get(j.id) as number) - out);
      for (const k of j.roads) {
        next.set(k.id, (next.get(k.id) as number) + out / j.roads.length);
      }
    }
    this.flow = next;
  }

  busiest(): Junction {
    let best = this.junctions[0];
    for (const j of this.junctions) {
      if ((this.flow.get(j.id) as number) > (this.flow.get(best.id) as number)) best = j;
    }
    return best;
  }
}

const junctions = buildLoop(["north", "east", "south", "west", "centre"]);
connect(junctions[4], junctions[0]);
connect(junctions[4], junctions[2]);

const mid = junctions[2];
const side = junctions[3];
mid.detour = side;
side.detour = mid;

const model = new TrafficModel(junctions);
model.inject(0, 100);
model.inject(4, 40);
for (let t = 0; t < 5; t++) {
  model.step(0.5);
  const b = model.busiest();
  console.log(`t=${t}: busiest ${b.name} (detour via ${b.detour ? b.detour.name : "none"})`);
}

const capacity = array([80, 60, 80, 60, 120]);
const load = model.flow.div(capacity);
load.imul(100);
console.log("load (%):", JSON.stringify(load.tolist()));
console.log("total cars:", model.flow.sum().toFixed(1), "home of centre:", junctions[4].home.name);
