// Debounced accelerometer filter: timers and listeners registered and flushed in one function, smoothing readings per axis.
import { array, zeros, NDArray } from "ndalias";

type Listener = (frame: NDArray) => void;

interface Scheduler {
  later(fn: () => void): void;
  flush(): number;
}

function manualScheduler(): Scheduler {
  const queue: Array<() => void> = [];
  return {
    later(fn) {
      queue.push(fn);
    },
    flush() {
      let ran = 0;
      while (queue.length > 0) {
        const fn = queue.shift()!;
        fn();
        ran += 1;
      }
      return ran;
    },
  };
}

export function filterStream(frames: number[][], alpha: number): NDArray {
  const scheduler = manualScheduler();
  const listeners: Listener[] = [];
  let smoothed = zeros(3);
  let peak = zeros(3);
  const history: NDArray[] = [];

  listeners.push((frame) => {
    // exponential smoothing: rebinding produces a new array every frame
    smoothed = smoothed.mul(1 - alpha).add(frame.mul(alpha));
  });

  listeners.push((frame) => {
    const previous = peak;
    peak = previous.copy();
    for (let i = 0; i < 3; i++) {
      if (Math.abs(frame.get(i)) > peak.get(i)) peak.set(i, Math.abs(frame.get(i)));
    }
    history.push(previous);
  });

  listeners.push((frame) => {
    frame.slice(2).isub(9.81);
  });

  for (const raw of frames) {
    const frame = array(raw);
    scheduler.later(() => {
      for (const listener of listeners) listener(frame);
    });
  }
  const ran = scheduler.flush();

  const report = smoothed.copy();
  report.imul(100);
  console.log("frames processed:", ran, "peaks:", peak.tolist());
  console.log("smoothed (x100):", report.tolist(), "history length:", history.length);
  return smoothed;
}

export function gravityFree(raw: number[]): NDArray {
  const frame = array(raw);
  const detrended = frame.copy();
  detrended.slice(2).isub(9.81);
  const magnitude = Math.sqrt(detrended.mul(detrended).sum());
  console.log("raw frame:", frame.tolist(), "magnitude:", magnitude.toFixed(3));
  return detrended;
}

const frames = [
  [0.1, 0.0, 9.9],
  [0.4, -0.2, 10.3],
  [-0.3, 0.1, 9.6],
];
console.log("final smoothed:", filterStream(frames, 0.3).tolist());
console.log("gravity free:", gravityFree([0.2, 0.1, 10.1]).tolist());
