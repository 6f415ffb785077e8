// Plugin registry for an analysis workbench: plugins own parameter arrays, the registry keeps them in an object-dtype table, and bundles of plugin parameters are exported with a metadata record.
import { empty, zeros, full, NDArray } from "ndalias";

export class Plugin {
  readonly params: NDArray;
  host: Registry | null = null;
  constructor(readonly id: string, size: number, init = 0) {
    this.params = full(size, init);
  }
  tune(k: number): void {
    this.params.imul(k);
  }
}

export class Registry {
  readonly table: NDArray;
  readonly ids: string[] = [];
  latest: Plugin | null = null;
  private count = 0;

  constructor(capacity: number) {
    this.table = empty(capacity, "object");
  }

  register(p: Plugin): number {
    this.table.set(this.count, p.params);
    this.ids.push(p.id);
    p.host = this;
    this.latest = p; // expect: no-reference-cycle
    return this.count++;
  }

  scaleAll(k: number): number {
    for (let i = 0; i < this.count; i++) this.table.get(i).imul(k);
    return this.count;
  }

  snapshot(): NDArray {
    const out = empty(this.count, "object");
    for (let i = 0; i < this.count; i++) out.set(i, this.table.get(i).copy());
    return out;
  }

  totalWeight(): number {
    let total = 0;
    for (let i = 0; i < this.count; i++) total += this.table.get(i).sum();
    return total;
  }
}

export function bundle(plugins: Plugin[], label: string): NDArray {
  const group = empty(plugins.length + 1, "object");
  const meta = empty(3, "object");
  plugins.forEach((p, i) => {
    group.set(i, p.params);
  });
  meta.set(0, label);
  meta.set(1, zeros(plugins.length));
  group.set(plugins.length, meta);
  meta.set(2, group); // expect: no-reference-cycle
  return group;
}

export function pipeline(first: Plugin, second: Plugin): NDArray {
  const stages = empty(2, "object");
  stages.set(0, first.params);
  stages.set(1, second.params);
  return stages;
}

export function detach(p: Plugin): NDArray {
  const params = p.params.copy();
  p.host = null;
  params.imul(2);
  return params;
}
