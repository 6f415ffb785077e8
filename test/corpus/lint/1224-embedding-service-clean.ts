// Serves embedding lookups asynchronously: gathers table rows per request, pools them, caches pooled vectors and compares them.
import { array, zeros, NDArray } from "ndalias";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

class EmbeddingService {
  private readonly cache = new Map<string, NDArray>();
  private hits = 0;
  private misses = 0;

  constructor(private readonly table: NDArray) {}

  async lookup(key: string, ids: number[]): Promise<NDArray> {
    const cached = this.cache.get(key);
    if (cached) {
      this.hits++;
      return cached;
    }
    this.misses++;
    await tick();
    const rows = this.table.take(ids, 0);
    const pooled = zeros(rows.shape[1]);
    for (let i = 0; i < rows.shape[0]; i++) {
      pooled.iadd(rows.slice(i));
    }
    pooled.idiv(ids.length);
    this.cache.set(key, pooled);
    return pooled;
  }

  async similarity(a: string, aIds: number[], b: string, bIds: number[]): Promise<number> {
    const [va, vb] = await Promise.all([this.lookup(a, aIds), this.lookup(b, bIds)]);
    const dot = va.mul(vb).sum();
    return dot / Math.sqrt(va.mul(va).sum() * vb.mul(vb).sum());
  }

  async firstRow(): Promise<number[]> {
    const first = this.table.slice(0);
    await tick();
    return first.tolist() as number[];
  }

  async normalizedRows(ids: number[]): Promise<NDArray> {
    const rows = this.table.take(ids, 0);
    await tick();
    for (let i = 0; i < rows.shape[0]; i++) {
      const row = rows.slice(i);
      const norm = Math.sqrt(row.mul(row).sum());
      if (norm > 0) rows.slice(i).idiv(norm);
    }
    return rows;
  }

  stats(): string {
    return `hits=${this.hits} misses=${this.misses} cached=${this.cache.size}`;
  }
}

async function warmupBatch(dim: number): Promise<number> {
  const batch = zeros([4, dim]);
  console.log("allocated warm-up batch with", batch.size, "slots, total", batch.sum());
  const probe = batch.slice(0);
  probe.fill(1);
  return probe.sum();
}

async function scratchPair(dim: number): Promise<number[]> {
  const left = zeros(dim);
  const right = zeros(dim);
  await tick();
  left.fill(2);
  right.assign(":", left.mul(3));
  left.isub(1);
  return [left.sum(), right.sum()];
}

async function main(): Promise<void> {
  const table = array([
    [0.1, 0.3, 0.5],
    [0.9, 0.1, 0.0],
    [0.4, 0.4, 0.2],
    [0.0, 0.7, 0.7],
  ]);
  const service = new EmbeddingService(table);

  console.log("warm-up probe total:", await warmupBatch(3));
  console.log("scratch totals:", (await scratchPair(3)).join(", "));

  const sim = await service.similarity("greeting", [0, 2], "farewell", [1, 3]);
  console.log("similarity:", sim.toFixed(4));
  const again = await service.similarity("greeting", [0, 2], "question", [2, 3]);
  console.log("similarity (cached greeting):", again.toFixed(4));

  const unit = await service.normalizedRows([1, 3]);
  console.log("unit rows:", unit.tolist());
  console.log("first table row:", await service.firstRow());
  console.log("table is unchanged:", table.tolist());
  console.log(service.stats());
}

await main();
