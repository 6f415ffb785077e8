// Feed-forward compressor with gain-reduction history: the compressor and the module-level meter history update their own arrays in place, and the UI widgets that link to each other hold no arrays.
import { array, zeros, NDArray } from "ndalias";

const HISTORY_LEN = 8;
const GR_HISTORY = zeros(HISTORY_LEN);
let historyPos = 0;

// Pushes one gain-reduction reading into the ring and returns the running maximum.
function recordReduction(db: number): number {
  GR_HISTORY.set(historyPos, db);
  historyPos = (historyPos + 1) % HISTORY_LEN;
  return GR_HISTORY.max();
}

function clearHistory(): number {
  GR_HISTORY.fill(0);
  historyPos = 0;
  return GR_HISTORY.sum();
}

class Compressor {
  private readonly envelope: NDArray;
  private readonly reduction: NDArray;
  private env = 0;

  constructor(
    readonly blockSize: number,
    private threshold: number,
    private ratio: number,
  ) {
    this.envelope = zeros(blockSize);
    this.reduction = zeros(blockSize);
  }

  // Returns the compressed block; the envelope and reduction buffers are the compressor's own.
  process(input: NDArray): NDArray {
    const out = input.copy();
    for (let i = 0; i < input.size; i++) {
      const x: number = input.get(i);
      this.env = Math.max(Math.abs(x), this.env * 0.9);
      this.envelope.set(i, this.env);
      const over = Math.max(0, this.env - this.threshold);
      const target = this.threshold + over / this.ratio;
      const g = this.env > 0 ? Math.min(1, target / this.env) : 1;
      this.reduction.set(i, g);
      out.set(i, x * g);
    }
    return out;
  }

  maxReductionDb(): number {
    return -20 * Math.log10(Math.max(1e-6, this.reduction.min()));
  }

  resetMeters(): number {
    this.reduction.fill(1);
    this.envelope.imul(0);
    return this.envelope.sum() + this.reduction.sum();
  }
}

// UI objects: a panel and its knobs point at each other, but hold only numbers and strings.
class Knob {
  panel: Panel | null = null;
  constructor(
    readonly label: string,
    public value: number,
  ) {}
}

class Panel {
  focused: Knob | null = null;
  knobs: Knob[] = [];
  constructor(readonly title: string) {}
}

function addKnob(panel: Panel, label: string, value: number): Knob {
  const knob = new Knob(label, value);
  panel.focused = knob;
  knob.panel = panel;
  panel.knobs.push(knob);
  return knob;
}

// A level meter points at the compressor it watches; the compressor does not point back.
class GrMeter {
  readonly readings: NDArray = zeros(4);
  source: Compressor | null = null;
}

const comp = new Compressor(8, 0.5, 4);
const meter = new GrMeter();
meter.source = comp;

const panel = new Panel("Compressor");
const thresholdKnob = addKnob(panel, "threshold", 0.5);
addKnob(panel, "ratio", 4);

const blocks = [
  array([0.1, 0.2, 0.9, 0.8, 0.3, 0.2, 0.1, 0.05]),
  array([0.7, 0.75, 0.8, 0.6, 0.4, 0.3, 0.2, 0.1]),
];
for (const [b, block] of blocks.entries()) {
  const out = comp.process(block);
  const gr = comp.maxReductionDb();
  meter.readings.set(b, gr);
  console.log(`block ${b}: out peak ${out.max().toFixed(3)}, GR ${gr.toFixed(2)} dB, hold ${recordReduction(gr).toFixed(2)}`);
}
console.log("meter readings:", meter.readings.tolist(), "watching a compressor:", meter.source !== null);
console.log("history:", GR_HISTORY.tolist());
console.log("after reset:", comp.resetMeters(), "history cleared:", clearHistory());
console.log(`${panel.title}: ${panel.knobs.map((k) => `${k.label}=${k.value}`).join(", ")}; focus ${panel.focused?.label}`);
console.log("threshold knob belongs to:", thresholdKnob.panel?.title);
