// Webcam preview pipeline: an async generator yields grayscale frames, which are denoised, letterboxed and diffed for motion.
import { zeros, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

async function* cameraFrames(count: number, height: number, width: number): AsyncGenerator<NDArray> {
  for (let n = 0; n < count; n++) {
    await sleep(1);
    const frame = zeros([height, width], "uint8");
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        frame.set([r, c], (r * width + c * 3 + n * 7) % 256);
      }
    }
    yield frame;
  }
}

function denoise(frame: NDArray): NDArray {
  const out = frame.astype("float32");
  out.slice("1:, :").iadd(frame.slice(":-1, :"));
  out.slice("1:, :").imul(0.5);
  return out;
}

function letterbox(frame: NDArray, bar: number): NDArray {
  const boxed = frame.copy();
  boxed.slice(`:${bar}, :`).fill(0);
  boxed.slice(`-${bar}:, :`).fill(0);
  return boxed;
}

function motionScore(current: NDArray, previous: NDArray): number {
  const diff = current.sub(previous);
  for (let i = 0; i < diff.data.length; i++) {
    diff.data[i] = Math.abs(diff.data[i] as number);
  }
  return diff.mean();
}

async function preview(): Promise<number> {
  let shown = 0;
  let previous: NDArray | null = null;
  for await (const raw of cameraFrames(3, 4, 5)) {
    const clean = denoise(raw);
    const display = letterbox(clean, 1);
    if (previous !== null) {
      console.log(`frame ${shown}: motion ${motionScore(display, previous).toFixed(2)}`);
    }
    console.log(display.tolist());
    previous = display;
    shown++;
  }
  return shown;
}

preview().then((n) => console.log("frames shown:", n));
