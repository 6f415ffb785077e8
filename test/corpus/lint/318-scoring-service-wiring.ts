// Wires a scoring service: loggers refer to their root, scorers with weight arrays form a fallback chain, and an object-dtype registry lists every weight array.
import { array, empty, NDArray } from "ndalias";

class Logger {
  readonly lines: string[] = [];
  root: Logger = this;

  constructor(readonly prefix: string) {}

  child(prefix: string): Logger {
    const c = new Logger(`${this.prefix}/${prefix}`);
    c.root = this.root;
    return c;
  }

  info(msg: string): void {
    this.root.lines.push(`[${this.prefix}] ${msg}`);
  }
}

class Scorer {
  weights: NDArray;
  fallback: Scorer | null = null;

  constructor(readonly name: string, w: number[]) {
    this.weights = array(w);
  }

  score(x: NDArray): number {
    if (x.size !== this.weights.size) {
      if (!this.fallback) throw new RangeError(`${this.name}: expected ${this.weights.size} features, got ${x.size}`);
      return this.fallback.score(x);
    }
    return this.weights.mul(x).sum();
  }
}

function buildScorers(log: Logger): Scorer {
  const primary = new Scorer("primary", [0.5, 0.3, 0.2]);
  const backup = new Scorer("backup", [0.6, 0.4]);
  const last = new Scorer("last-resort", [1]);
  primary.fallback = backup;
  backup.fallback = last;
  log.info(`fallback chain: ${primary.name} -> ${backup.name} -> ${last.name}`);
  return primary;
}

function buildRegistry(head: Scorer): NDArray {
  let count = 0;
  for (let s: Scorer | null = head; s; s = s.fallback) count++;
  const registry = empty(count, "object");
  let i = 0;
  for (let s: Scorer | null = head; s; s = s.fallback) {
    registry.set(i++, s.weights);
  }
  return registry;
}

const rootLog = new Logger("svc");
const wiringLog = rootLog.child("wiring");
const head = buildScorers(wiringLog);
const registry = buildRegistry(head);
wiringLog.info(`registry holds ${registry.size} weight arrays`);

for (const features of [[1, 2, 3], [1, 2], [4], []]) {
  try {
    rootLog.info(`score(${features}) = ${head.score(array(features)).toFixed(2)}`);
  } catch (err) {
    rootLog.info(`rejected: ${(err as Error).message}`);
  }
}
console.log(rootLog.lines.join("\n"));
registry.dispose();
