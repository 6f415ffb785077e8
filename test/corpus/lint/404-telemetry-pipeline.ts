// Telemetry pipeline for a fleet gateway: double-buffered sample windows flow through linked processing stages and a buffer registry.
import { zeros, empty, linspace, NDArray } from "ndalias";

const LATENCY_HISTORY = zeros(16);
let latencyCursor = 0;

function recordLatency(ms: number): void {
  LATENCY_HISTORY.set(latencyCursor % LATENCY_HISTORY.size, ms);
  latencyCursor++;
}

export function decimateInPlace(window: NDArray, keepEvery: number): void {
  for (let i = 0; i < window.size; i++) {
    if (i % keepEvery !== 0) {
      window.set(i, 0);
    }
  }
}

abstract class Stage {
  next: Stage | null = null;
  buffer: NDArray;
  processed = 0;

  constructor(readonly name: string, width: number) {
    this.buffer = zeros(width);
  }

  abstract transform(input: NDArray): NDArray;

  run(input: NDArray): NDArray {
    this.buffer.assign(":", this.transform(input));
    this.processed++;
    return this.next ? this.next.run(this.buffer) : this.buffer.copy();
  }

  reset(): void {
    this.buffer.fill(0);
    this.processed = 0;
  }
}

class DetrendStage extends Stage {
  transform(input: NDArray): NDArray {
    return input.sub(input.mean());
  }
}

class ScaleStage extends Stage {
  constructor(name: string, width: number, private readonly factor: number) {
    super(name, width);
  }
  transform(input: NDArray): NDArray {
    return input.mul(this.factor);
  }
}

class ClipStage extends Stage {
  constructor(name: string, width: number, private readonly limit: number) {
    super(name, width);
  }
  transform(input: NDArray): NDArray {
    const out = input.copy();
    for (let i = 0; i < out.size; i++) {
      out.set(i, Math.max(-this.limit, Math.min(this.limit, out.get(i))));
    }
    return out;
  }
}

export class TelemetryPipeline {
  private active: NDArray;
  private standby: NDArray;
  private head: Stage | null = null;
  private readonly stages = new Map<string, Stage>();
  private readonly registry: NDArray;
  private fill = 0;

  constructor(private readonly width: number) {
    this.active = zeros(width);
    this.standby = zeros(width);
    this.registry = empty(8, "object");
  }

  static link(...stages: Stage[]): Stage | null {
    for (let i = 0; i + 1 < stages.length; i++) {
      stages[i].next = stages[i + 1];
    }
    return stages[0] ?? null;
  }

  init(stages: Stage[]): void {
    this.head = TelemetryPipeline.link(...stages);
    stages.forEach((stage, i) => {
      this.stages.set(stage.name, stage);
      this.registry.set(i, stage.buffer);
    });
    this.registry.set(stages.length, this.active);
    this.registry.set(stages.length + 1, this.standby);
  }

  ingest(sample: number): boolean {
    this.active.set(this.fill, sample);
    this.fill++;
    if (this.fill < this.width) {
      return false;
    }
    this.swap();
    return true;
  }

  private swap(): void {
    [this.active, this.standby] = [this.standby, this.active];
    this.active.fill(0);
    this.fill = 0;
  }

  flush(): NDArray | null {
    if (!this.head) return null;
    const started = Date.now();
    const result = this.head.run(this.standby);
    recordLatency(Date.now() - started);
    return result;
  }

  preview(scale: number): NDArray {
    let window = this.active;
    window = window.copy();
    window.imul(scale);
    return window;
  }

  percentile(p: number): number {
    const ordered = this.standby.flatten();
    ordered.sort();
    return ordered.get(Math.min(ordered.size - 1, Math.floor(p * ordered.size)));
  }

  compactStandby(keepEvery: number): void {
    const head = this.standby.slice("0:4");
    console.log("standby head before compaction:", head.tolist());
    decimateInPlace(this.standby, keepEvery);
  }

  stageLoad(): Map<string, number> {
    const load = new Map<string, number>();
    for (const [name, stage] of this.stages) {
      load.set(name, stage.processed);
    }
    return load;
  }

  manifest(): NDArray {
    const manifest = empty(2, "object");
    manifest.set(0, this.registry);
    manifest.set(1, LATENCY_HISTORY);
    return manifest;
  }

  reset(): void {
    this.active.fill(0);
    this.standby.fill(0);
    this.stages.forEach((stage) => stage.reset());
    this.fill = 0;
    LATENCY_HISTORY.fill(0);
  }
}

const pipeline = new TelemetryPipeline(6);
pipeline.init([new DetrendStage("detrend", 6), new ScaleStage("scale", 6, 2.5), new ClipStage("clip", 6, 4)]);

const samples = linspace(0, 5, 9);
for (let i = 0; i < samples.size; i++) {
  if (pipeline.ingest(samples.get(i))) {
    console.log("window ready, p90:", pipeline.percentile(0.9));
    console.log("processed:", pipeline.flush()?.tolist());
  }
}
console.log("preview:", pipeline.preview(0.5).tolist());
pipeline.compactStandby(2);
console.log("stage load:", pipeline.stageLoad(), "manifest size:", pipeline.manifest().size);
console.log("latency:", LATENCY_HISTORY.slice(`0:${latencyCursor}`).tolist());
pipeline.reset();
