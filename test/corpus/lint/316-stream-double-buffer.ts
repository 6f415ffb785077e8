// A streaming aggregation worker that double-buffers incoming batches: it fills the back buffer, swaps, publishes the front as JSON and flushes to a sink.
// runnable
import { array, zeros, NDArray } from "ndalias";

let front = zeros(4);
let back = zeros(4);
const published: string[] = [];

function publish(buf: NDArray): void {
  published.push(JSON.stringify({ values: buf.tolist(), mean: buf.mean() }));
}

function ingest(batch: number[], gain: number): void {
  back.assign(":", array(batch));
  back.imul(gain);
  [front, back] = [back, front];
  publish(front);
}

async function flush(sink: (line: string) => Promise<void>, retries: number): Promise<number> {
  let sent = 0;
  try {
    for (const line of published) {
      for (let attempt = 0; ; attempt++) {
        try {
          await sink(line);
          sent++;
          break;
        } catch (err) {
          if (attempt >= retries) throw err;
        }
      }
    }
  } finally {
    published.length = 0;
  }
  return sent;
}

const batches = [
  [1, 2, 3, 4],
  [5, 6, 7, 8],
  [9, 10, 11, 12],
];
for (const batch of batches) {
  ingest(batch, 0.5);
}

let running: NDArray = front;
running = running.add(back);
running.imul(2);
console.log("front:", front.tolist(), "back:", back.tolist(), "combined x2:", running.tolist());

let dropped = 0;
const sink = async (line: string): Promise<void> => {
  await new Promise<void>((resolve) => setTimeout(resolve, 1));
  if (dropped++ === 1) throw new Error("sink hiccup");
  console.log("sink <-", line);
};

const sent = await flush(sink, 2);
console.log(`flushed ${sent} lines, ${published.length} left`);
