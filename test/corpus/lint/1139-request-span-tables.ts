// Request tracing middleware: each request opens a span table of its buffers, computes signal energy and closes the span.
import { array, empty, zeros, memoryStats, NDArray } from "ndalias";

interface Req {
  id: string;
  values: number[];
  threshold: number;
}

interface Res {
  id: string;
  energy: number;
  peak: number;
  above: number;
  rms: number;
}

const SPAN_INPUT = 0;
const SPAN_BAGGAGE = 1;
const SPAN_SCRATCH = 2;
const BAGGAGE_PARENT = 1;

const openSpans: NDArray[] = [];

function openSpan(values: number[]): NDArray {
  const span = empty(3, "object");
  const baggage = empty(2, "object");
  span.set(SPAN_INPUT, array(values));
  span.set(SPAN_BAGGAGE, baggage);
  span.set(SPAN_SCRATCH, zeros(values.length));
  baggage.set(0, zeros(1));
  baggage.set(BAGGAGE_PARENT, span); // expect: no-reference-cycle
  openSpans.push(span);
  return span;
}

function closeSpan(span: NDArray): void {
  const index = openSpans.indexOf(span);
  if (index >= 0) openSpans.splice(index, 1);
  span.dispose();
}

function countAbove(values: NDArray, threshold: number): number {
  let above = 0;
  for (let i = 0; i < values.size; i++) {
    if (values.get(i) > threshold) above++;
  }
  return above;
}

async function handle(req: Req): Promise<Res> {
  const span = openSpan(req.values);
  try {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const input = array(req.values);
    const above = countAbove(input, req.threshold);

    const squared = input;
    squared.imul(input); // expect: no-alias-mutation
    const energy = squared.sum();
    const peak = input.max();

    const rms = Math.sqrt(energy / req.values.length);
    return { id: req.id, energy, peak, above, rms };
  } finally {
    closeSpan(span);
  }
}

function validate(req: Req): void {
  if (req.values.length === 0) {
    throw new Error(`request ${req.id} has no values`);
  }
  if (!Number.isFinite(req.threshold)) {
    throw new Error(`request ${req.id} has threshold ${req.threshold}, expected a finite number`);
  }
}

async function serveAll(reqs: Req[]): Promise<Res[]> {
  const results: Res[] = [];
  for (const req of reqs) {
    validate(req);
    results.push(await handle(req));
  }
  return results;
}

const responses = await serveAll([
  { id: "r1", values: [1, -2, 3], threshold: 0 },
  { id: "r2", values: [0.5, 0.5, 4, -4], threshold: 1 },
  { id: "r3", values: [7], threshold: 10 },
]);
for (const r of responses) {
  console.log(`${r.id}: energy=${r.energy} peak=${r.peak} above=${r.above} rms=${r.rms.toFixed(3)}`);
}
console.log("spans still open:", openSpans.length, "memory:", memoryStats());
