// Renders frames from an async source into swapped front/back buffers, keeps a decaying running average and reports the faded-out last frame.
import { full, zeros, NDArray } from "ndalias";
import { setImmediate as nextTurn } from "node:timers/promises";

interface RenderResult {
  displayed: number[];
  average: number[];
  frames: number;
}

async function* frameSource(count: number, width: number): AsyncGenerator<NDArray> {
  for (let k = 0; k < count; k++) {
    await nextTurn();
    const frame = full(width, (k + 1) * 10);
    frame.set(k % width, 255);
    yield frame;
  }
}

function present(buffer: NDArray, index: number): void {
  const cells: string[] = [];
  for (let i = 0; i < buffer.size; i++) {
    cells.push(String(buffer.get(i)).padStart(4));
  }
  console.log(`frame ${index}:${cells.join("")}`);
}

function brightness(buffer: NDArray): number {
  let lit = 0;
  for (let i = 0; i < buffer.size; i++) {
    if (buffer.get(i) > 0) lit++;
  }
  return buffer.size === 0 ? 0 : lit / buffer.size;
}

async function render(count: number, width: number, decay: number): Promise<RenderResult> {
  let front = zeros(width);
  let back = zeros(width);
  let average = zeros(width);
  let frames = 0;

  for await (const frame of frameSource(count, width)) {
    // draw into the back buffer, blank the border, then flip
    back.assign(":", frame);
    back.set(0, 0);
    back.set(width - 1, 0);
    [front, back] = [back, front];
    present(front, frames);
    console.log(`  lit fraction ${brightness(front).toFixed(2)}`);

    let smoothed: NDArray = front;
    smoothed = smoothed.mul(1 - decay);
    smoothed.iadd(average.mul(decay));
    console.log(`  running mean ${smoothed.mean().toFixed(1)}`);
    average = smoothed;
    frames++;
  }

  // fade out the last frame, then preview its first cells
  front.imul(0.5);
  const preview = front.slice(":3");
  console.log("fade-out preview:", preview.tolist());

  return {
    displayed: front.tolist() as number[],
    average: average.tolist() as number[],
    frames,
  };
}

async function main(): Promise<void> {
  const result = await render(4, 6, 0.6);
  console.log("frames rendered:", result.frames);
  console.log("last displayed:", result.displayed.join(" "));
  console.log("running average:", result.average.map((v) => v.toFixed(1)).join(" "));

  const second = await render(2, 3, 0.5);
  console.log("short run average:", second.average.map((v) => v.toFixed(1)).join(" "));
}

main().catch((err: unknown) => {
  console.error("render failed:", err);
  process.exitCode = 1;
});
