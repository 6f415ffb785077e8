// Re-baselines a drifting sensor series window by window against a reference window, flags level jumps and summarises the result.
import { array, zeros, NDArray } from "ndalias";

function median(x: NDArray): number {
  const sorted = x.flatten();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  return sorted.size % 2 === 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
}

function rebaseline(
  series: NDArray,
  win: number,
  threshold: number,
): { corrected: NDArray; flags: number[]; offsets: number[] } {
  const work = series.copy();
  const flags: number[] = [];
  const offsets: number[] = [];
  if (work.size < 2 * win) {
    return { corrected: work, flags, offsets };
  }

  const reference = work.slice(`:${win}`);
  const refSpread = reference.max() - reference.min();
  let scratch = zeros(win);

  for (let start = win; start + win <= work.size; start += win) {
    const refLevel = median(reference);
    const window = work.slice(`${start}:${start + win}`);
    if (window.size !== scratch.size) {
      scratch = zeros(window.size);
    }
    scratch.assign(":", window);
    scratch.isub(refLevel);
    const jump = median(scratch);
    offsets.push(jump);
    if (Math.abs(jump) < threshold + refSpread) {
      continue;
    }
    flags.push(start);
    work.isub(jump); // expect: no-view-mutation
  }
  return { corrected: work, flags, offsets };
}

function summarize(series: NDArray, flags: number[], win: number): string {
  const parts: string[] = [];
  let prevEnd = 0;
  for (const start of flags) {
    const segment = series.slice(`${prevEnd}:${start}`);
    if (segment.size === 0) {
      continue;
    }
    parts.push(`[${prevEnd},${start}) mean ${segment.mean().toFixed(2)}`);
    prevEnd = start;
  }
  const rest = series.slice(`${prevEnd}:`);
  parts.push(`[${prevEnd},end) mean ${rest.mean().toFixed(2)} over ${Math.ceil(rest.size / win)} windows`);
  return parts.join("; ");
}

const raw = array([1.0, 1.1, 0.9, 1.0, 1.05, 0.95, 4.0, 4.1, 3.9, 4.0, 4.05, 3.95, 4.0, 4.1, 7.2, 7.0, 7.1, 6.9]);
const { corrected, flags, offsets } = rebaseline(raw, 3, 0.5);
console.log("flags:", flags, "offsets:", offsets.map((o) => o.toFixed(2)));
console.log(summarize(corrected, flags, 3));
const firstWindow = corrected.slice(":3");
console.log("first window after correction:", firstWindow.tolist(), "median:", median(firstWindow));

let display: NDArray = corrected;
display = display.sub(display.min());
display.imul(10);
console.log("display (x10):", display.tolist());
console.log("corrected:", corrected.tolist());

const spikes = raw.copy();
for (let i = 1; i < spikes.size; i++) {
  const d = raw.get(i) - raw.get(i - 1);
  spikes.set(i, Math.abs(d) > 1 ? 1 : 0);
}
spikes.set(0, 0);
console.log("spike mask:", spikes.tolist(), "raw median:", median(raw));
