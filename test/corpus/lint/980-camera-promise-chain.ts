// Asynchronous camera pipeline: frames are loaded once into a promise cache, then background subtraction, previews and dead-pixel masking run through then-chains and async/await.
import { array, zeros, NDArray } from "ndalias";

const DEAD_PIXELS = ":2";
const frameCache = new Map<number, Promise<NDArray>>();

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function loadFrame(id: number): Promise<NDArray> {
  await sleep(1);
  const base = [3, 4, 10, 12, 11, 9, 5, 4];
  return array(base.map((v, i) => v + ((id * 7 + i * 3) % 5)));
}

function getFrame(id: number): Promise<NDArray> {
  let pending = frameCache.get(id);
  if (!pending) {
    pending = loadFrame(id);
    frameCache.set(id, pending);
  }
  return pending;
}

function estimateBackground(ids: number[]): Promise<NDArray> {
  return Promise.all(ids.map(getFrame)).then((frames) =>
    frames.reduce((acc, f) => acc.add(f), zeros(frames[0].size)).div(frames.length),
  );
}

function foregroundEnergy(id: number, background: NDArray): Promise<number> {
  return getFrame(id).then((frame) => {
    frame.isub(background); // expect: no-alias-mutation
    return frame.mul(frame).sum();
  });
}

function foregroundEnergySafe(id: number, background: NDArray): Promise<number> {
  return getFrame(id).then((frame) => {
    const fg = frame.sub(background);
    fg.imul(fg);
    return fg.sum();
  });
}

async function normalizedPreview(id: number): Promise<{ preview: number[]; rawPeak: number }> {
  const frame = await getFrame(id);
  const preview = frame.ravel();
  preview.idiv(preview.max()); // expect: no-view-mutation
  return { preview: preview.tolist() as number[], rawPeak: frame.max() };
}

async function thumbnail(id: number): Promise<number[]> {
  const frame = await getFrame(id);
  const small = frame.slice("::2").copy();
  small.idiv(small.max());
  return small.tolist() as number[];
}

function liveSignal(id: number): Promise<number> {
  return getFrame(id).then((frame) => {
    const masked = frame.copy();
    masked.assign(DEAD_PIXELS, 0); // expect: no-lost-write
    return frame.sum();
  });
}

function publish(topic: string, value: unknown): Promise<void> {
  return sleep(1).then(() => {
    console.log(`[${topic}]`, value);
  });
}

async function main(): Promise<void> {
  const background = await estimateBackground([1, 2, 3]);
  await publish("background", background.tolist());

  await foregroundEnergySafe(2, background).then((e) => publish("energy-safe", e.toFixed(2)));
  await foregroundEnergy(2, background).then((e) => publish("energy", e.toFixed(2)));

  const { preview, rawPeak } = await normalizedPreview(3);
  await publish("preview", { preview, rawPeak });
  await publish("thumbnail", await thumbnail(1));

  const live = await liveSignal(1);
  await publish("live", live);

  const again = await getFrame(2);
  await publish("frame 2 from cache", again.tolist());
}

main().catch((err: unknown) => {
  console.error("pipeline failed:", err);
  process.exitCode = 1;
});
