// Runs an async 1-D heat diffusion on two swapped buffers, yielding to the event loop between steps, and prints snapshots of the profile.
// runnable
import { zeros, NDArray } from "ndalias";
import { setImmediate as yieldToLoop } from "node:timers/promises";

interface Snapshot {
  step: number;
  profile: NDArray;
}

function diffuseInto(src: NDArray, dst: NDArray, alpha: number): void {
  const n = src.size;
  dst.set(0, src.get(0));
  dst.set(n - 1, src.get(n - 1));
  for (let i = 1; i < n - 1; i++) {
    dst.set(i, src.get(i) + alpha * (src.get(i - 1) - 2 * src.get(i) + src.get(i + 1)));
  }
}

async function simulate(initial: NDArray, steps: number, alpha: number, every: number): Promise<Snapshot[]> {
  let front = initial.copy();
  let back = zeros(initial.size);
  const snapshots: Snapshot[] = [];
  try {
    for (let s = 1; s <= steps; s++) {
      if (s % 2 === 0) {
        diffuseInto(front, back, alpha);
      } else {
        back.assign(":", front);
        back.imul(1 - 2 * alpha);
        back.slice("1:").iadd(front.slice(":-1").mul(alpha));
        back.slice(":-1").iadd(front.slice("1:").mul(alpha));
        back.set(0, front.get(0));
        back.set(back.size - 1, front.get(front.size - 1));
      }
      await yieldToLoop();
      [front, back] = [back, front];
      if (s % every === 0) {
        snapshots.push({ step: s, profile: front.copy() });
      }
    }
    snapshots.push({ step: steps, profile: front.copy() });
    return snapshots;
  } finally {
    front.dispose();
    back.dispose();
  }
}

async function relax(rod: NDArray, tolerance: number): Promise<number> {
  let current = rod.copy();
  let next = zeros(rod.size);
  let iterations = 0;
  try {
    for (;;) {
      diffuseInto(current, next, 0.25);
      iterations++;
      const change = next.sub(current);
      const delta = Math.max(change.max(), -change.min());
      change.dispose();
      [current, next] = [next, current];
      if (delta < tolerance || iterations >= 500) break;
      if (iterations % 50 === 0) await yieldToLoop();
    }
    return iterations;
  } finally {
    current.dispose();
    next.dispose();
  }
}

async function main(): Promise<void> {
  const rod = zeros(9);
  rod.set(4, 100);
  rod.set(0, 10);

  const snapshots = await simulate(rod, 12, 0.25, 4);
  for (const snap of snapshots) {
    const rounded = (snap.profile.tolist() as number[]).map((v) => Math.round(v * 100) / 100);
    console.log(`step ${snap.step}:`, rounded, "heat:", snap.profile.sum().toFixed(2));
    snap.profile.dispose();
  }

  const iterations = await relax(rod, 1e-3);
  console.log("relaxed in", iterations, "iterations; initial rod unchanged:", rod.tolist());
  rod.dispose();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
