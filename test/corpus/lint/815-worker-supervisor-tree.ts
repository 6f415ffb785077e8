// Job runner: a supervision tree of worker processes, each tracking per-core load, with escalation of failures to supervisors.
import { zeros, NDArray } from "ndalias";

class WorkerNode {
  readonly load: NDArray;
  supervisor: WorkerNode | null = null;
  failures = 0;

  constructor(readonly id: string, cores: number) {
    this.load = zeros(cores);
  }

  reportLoad(sample: number[]): void {
    for (let c = 0; c < sample.length && c < this.load.size; c++) {
      this.load.set(c, 0.8 * this.load.get(c) + 0.2 * sample[c]);
    }
  }

  busiestCore(): number {
    let best = 0;
    for (let c = 1; c < this.load.size; c++) {
      if (this.load.get(c) > this.load.get(best)) best = c;
    }
    return best;
  }
}

interface Cluster {
  root: WorkerNode;
  workers: Map<string, WorkerNode>;
}

export function buildCluster(name: string, workerCount: number, cores: number): Cluster {
  const root = new WorkerNode(`${name}-supervisor`, cores);
  // The top-level supervisor handles its own escalations.
  root.supervisor = root; // expect: no-reference-cycle
  const workers = new Map<string, WorkerNode>();
  workers.set(root.id, root);
  for (let i = 0; i < workerCount; i++) {
    const w = new WorkerNode(`${name}-w${i}`, cores);
    w.supervisor = root;
    workers.set(w.id, w);
  }
  return { root, workers };
}

export function escalate(cluster: Cluster, workerId: string): string {
  const start = cluster.workers.get(workerId);
  if (start === undefined) throw new Error(`unknown worker ${workerId}`);
  start.failures += 1;
  let node = start;
  let hops = 0;
  while (node.failures > 2 && node.supervisor !== null && node.supervisor !== node && hops < 8) {
    node = node.supervisor;
    node.failures += 1;
    hops += 1;
  }
  return node.id;
}

export function handleHeartbeat(cluster: Cluster, workerId: string, sample: number[]): void {
  const worker = cluster.workers.get(workerId);
  if (worker === undefined) return;
  worker.reportLoad(sample);
}

export function placeJob(cluster: Cluster): { worker: string; core: number; load: number } {
  let chosen: WorkerNode | null = null;
  let lowest = Infinity;
  for (const w of cluster.workers.values()) {
    if (w === cluster.root) continue;
    const mean = w.load.mean();
    if (mean < lowest) {
      lowest = mean;
      chosen = w;
    }
  }
  if (chosen === null) throw new Error("no workers available");
  const loads = chosen.load.copy();
  loads.set(chosen.busiestCore(), Infinity);
  let core = 0;
  for (let c = 1; c < loads.size; c++) if (loads.get(c) < loads.get(core)) core = c;
  return { worker: chosen.id, core, load: chosen.load.get(core) };
}

export function clusterLoad(cluster: Cluster): NDArray {
  const total = zeros(cluster.root.load.size);
  for (const w of cluster.workers.values()) total.iadd(w.load);
  total.idiv(cluster.workers.size);
  return total;
}

const cluster = buildCluster("etl", 3, 4);
handleHeartbeat(cluster, "etl-w0", [90, 20, 10, 40]);
handleHeartbeat(cluster, "etl-w1", [10, 15, 5, 20]);
handleHeartbeat(cluster, "etl-w2", [50, 50, 50, 50]);
console.log("placement:", placeJob(cluster));
for (let i = 0; i < 4; i++) console.log("escalated to:", escalate(cluster, "etl-w1"));
console.log("cluster load:", clusterLoad(cluster).tolist());
