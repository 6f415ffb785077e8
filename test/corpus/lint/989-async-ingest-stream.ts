// Streaming weather-station ingestion: an async generator yields decoded blocks, then-chains derive calibrated copies, and an async void helper despikes blocks in place before archiving.
import { array, zeros, NDArray } from "ndalias";

interface Block {
  station: string;
  seq: number;
  samples: NDArray;
}

const OFFSET = array([0.5, -0.2, 0.0]);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function* decodeStream(payloads: number[][][]): AsyncGenerator<Block> {
  let seq = 0;
  for (const payload of payloads) {
    await sleep(1);
    yield { station: "ws-14", seq: seq++, samples: array(payload) };
  }
}

async function despikeInPlace(samples: NDArray, limit: number): Promise<void> {
  await sleep(1);
  for (let r = 0; r < samples.shape[0]; r++) {
    for (let c = 0; c < samples.shape[1]; c++) {
      if (Math.abs(samples.get(r, c)) > limit) samples.set([r, c], 0);
    }
  }
}

function calibrated(block: Block): Promise<NDArray> {
  return Promise.resolve(block.samples).then((samples) => {
    const out = samples.add(OFFSET);
    out.slice(":", 2).imul(0.1);
    return out;
  });
}

function dailyMeans(blocks: NDArray[]): Promise<NDArray> {
  return Promise.all(blocks.map((b) => sleep(1).then(() => b.sum() / b.size))).then((means) => array(means));
}

async function archive(blocks: Block[]): Promise<number> {
  const table = zeros([blocks.length, 3]);
  blocks.forEach((b, i) => {
    table.slice(i).assign(":", b.samples.mean());
  });
  await sleep(1);
  return table.sum();
}

async function ingest(payloads: number[][][]): Promise<void> {
  const kept: Block[] = [];
  const calibratedCopies: NDArray[] = [];

  for await (const block of decodeStream(payloads)) {
    const rawPeak = block.samples.max();
    await despikeInPlace(block.samples, 60);
    const cal = await calibrated(block);
    cal.slice(":", 0).iadd(273.15);
    calibratedCopies.push(cal);
    kept.push(block);
    console.log(`block ${block.seq}: raw peak ${rawPeak}, despiked peak ${block.samples.max()}`);
  }

  let running = zeros(3);
  for (const cal of calibratedCopies) {
    running = running.add(cal.slice(0));
  }
  console.log("running first-row sum:", running.tolist());

  const means = await dailyMeans(calibratedCopies);
  const summary = means.copy();
  summary.isub(summary.mean());
  console.log("block means:", means.tolist(), "anomalies:", summary.tolist());

  const total = await archive(kept);
  console.log("archived total:", total.toFixed(2));
  console.log("offset applied:", OFFSET.tolist());
}

const payloads = [
  [[12.1, 1013, 3.2], [12.4, 1012, 2.9]],
  [[13.0, 1011, 99.0], [13.2, 1010, 3.5]],
  [[11.8, 1014, 2.1], [11.5, 1015, 1.8]],
];

const relativePressure = payloads.map((p) => p.map(([t, hpa, wind]) => [t, hpa - 1000, wind]));

ingest(relativePressure).then(
  () => console.log("ingest complete"),
  (err: unknown) => {
    console.error("ingest failed:", err);
    process.exitCode = 1;
  },
);
