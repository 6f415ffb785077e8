// Builds an extract-transform-load stage graph with per-stage output buffers, wires a retry route and keeps an audit log of runs.
import { array, zeros, NDArray } from "ndalias";

interface StageOptions {
  width: number;
  gain: number;
  retries: number;
}

const STAGE_DEFAULTS: StageOptions = { width: 4, gain: 1, retries: 0 };

class Stage {
  readonly options: StageOptions;
  output: NDArray;
  next: Stage | null = null;
  onFailure: Stage | null = null;
  runs = 0;

  constructor(readonly name: string, options: Partial<StageOptions> = {}) {
    this.options = { ...STAGE_DEFAULTS, ...options };
    this.output = zeros(this.options.width);
  }

  run(input: NDArray): number {
    this.output.fill(0);
    this.output.iadd(input);
    this.output.imul(this.options.gain);
    this.runs += 1;
    return this.output.sum();
  }
}

// Audit entries only carry names and numbers, so back links here hold no buffers.
interface AuditEntry {
  stage: string;
  total: number;
  prev: AuditEntry | null;
  next: AuditEntry | null;
}

class AuditLog {
  head: AuditEntry | null = null;
  tail: AuditEntry | null = null;

  append(stage: string, total: number): void {
    const entry: AuditEntry = { stage, total, prev: this.tail, next: null };
    if (this.tail !== null) {
      this.tail.next = entry;
    } else {
      this.head = entry;
    }
    this.tail = entry;
  }

  lines(): string[] {
    const out: string[] = [];
    for (let e = this.head; e !== null; e = e.next) {
      out.push(`${e.stage}: ${e.total.toFixed(2)}`);
    }
    return out;
  }
}

export function buildGraph(width: number): Stage {
  const extract = new Stage("extract", { width });
  const transform = new Stage("transform", { width, gain: 0.5, retries: 2 });
  const load = new Stage("load", { width });

  extract.next = transform;
  transform.next = load;
  // A failed transform re-reads from the source stage.
  transform.onFailure = extract; // expect: no-reference-cycle
  return extract;
}

export function runGraph(entry: Stage, input: NDArray, log: AuditLog): number {
  let stage: Stage | null = entry;
  let current = input;
  let last = 0;
  while (stage !== null) {
    last = stage.run(current);
    log.append(stage.name, last);
    current = stage.output.copy();
    stage = stage.next;
  }
  return last;
}

function stageSummary(entry: Stage): Record<string, number> {
  const summary: Record<string, number> = {};
  for (let s: Stage | null = entry; s !== null; s = s.next) {
    summary[s.name] = s.output.mean();
  }
  return summary;
}

const graph = buildGraph(4);
const log = new AuditLog();
const batches = [array([1, 2, 3, 4]), array([10, 0, 10, 0])];
for (const batch of batches) {
  const total = runGraph(graph, batch, log);
  console.log("batch loaded, total:", total);
}
for (const [name, mean] of Object.entries(stageSummary(graph))) {
  console.log(`  ${name} mean output ${mean.toFixed(3)}`);
}
console.log(log.lines().join("\n"));
