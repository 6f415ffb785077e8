// Learning-rate schedules: warm-up tables are built in IIFEs, module-level logs are written through their own names, and the log is swapped out before reuse.
import { linspace, zeros, NDArray } from "ndalias";

const WARMUP = (() => {
  const t = linspace(0, 1, 5);
  t.imul(t);
  return t;
})();

const SCHEDULES = {
  constant: (_epoch: number) => 0.1,
  warmup: (epoch: number) => 0.1 * (epoch < WARMUP.size ? WARMUP.get(epoch) : 1),
  cosine: (epoch: number) => 0.05 * (1 + Math.cos((Math.PI * epoch) / 20)),
} as const satisfies Record<string, (epoch: number) => number>;

let lrLog = zeros(10);

function logLr(epoch: number, lr: number): number {
  lrLog.set(epoch % lrLog.size, lr);
  return lrLog.max();
}

function rotateLog(): NDArray {
  const old = lrLog;
  lrLog = zeros(10);
  lrLog.fill(-1);
  return old;
}

function rescaleWarmup(k: number): number {
  WARMUP.imul(k);
  return WARMUP.sum();
}

for (const [name, schedule] of Object.entries(SCHEDULES)) {
  for (let e = 0; e < 6; e++) logLr(e, schedule(e));
  const finished = rotateLog();
  console.log(name, (finished.tolist() as number[]).slice(0, 6));
}
console.log("warmup sum:", rescaleWarmup(0.5), "fresh log:", lrLog.tolist());
