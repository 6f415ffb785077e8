// Parameter automation in a plugin host: breakpoint lanes rendered to curves, per-block gain ramps, range changes and lane/parameter binding.
import { zeros, linspace, NDArray } from "ndalias";

const TIMELINE = 64;
const BLOCK = 16;

class PluginParameter {
  lane: AutomationLane | null = null;
  value: number;

  constructor(readonly id: string, public min: number, public max: number, initial: number) {
    this.value = initial;
  }

  fromNormalized(x: number): number {
    return this.min + x * (this.max - this.min);
  }
}

class AutomationLane {
  readonly values: NDArray;
  param: PluginParameter | null = null;
  private readonly points: Array<[number, number]> = [];
  lastJump = 0;

  constructor(readonly length: number, initial: number) {
    this.values = zeros(length);
    this.values.fill(initial);
    this.points.push([0, initial]);
  }

  addPoint(position: number, value: number): void {
    this.points.push([Math.max(0, Math.min(this.length - 1, position)), value]);
    this.points.sort((a, b) => a[0] - b[0]);
    this.render();
  }

  private render(): void {
    for (let k = 0; k + 1 < this.points.length; k++) {
      const [p0, v0] = this.points[k];
      const [p1, v1] = this.points[k + 1];
      if (p1 > p0) this.values.assign(`${p0}:${p1 + 1}`, linspace(v0, v1, p1 - p0 + 1));
    }
    const [pLast, vLast] = this.points[this.points.length - 1];
    if (pLast + 1 < this.length) this.values.slice(`${pLast + 1}:`).fill(vLast);
  }

  blockValues(start: number, size: number): NDArray {
    return this.values.slice(`${start}:${start + size}`).copy();
  }

  rescale(oldMin: number, oldMax: number, newMin: number, newMax: number): number {
    const before = this.values.ravel();
    const k = (oldMax - oldMin) / (newMax - newMin);
    const offset = (oldMin - newMin) / (newMax - newMin);
    this.values.assign(":", this.values.mul(k).add(offset)); // expect: no-view-mutation
    const jump = this.values.sub(before);
    this.lastJump = Math.max(jump.max(), -jump.min());
    return this.lastJump;
  }
}

function bindLane(param: PluginParameter, lane: AutomationLane): void {
  lane.param = param;
  param.lane = lane; // expect: no-reference-cycle
}

function smoothCurve(curve: NDArray, coeff: number): NDArray {
  const out = curve.copy();
  for (let i = 1; i < out.size; i++) {
    out.set(i, coeff * out.get(i - 1) + (1 - coeff) * out.get(i));
  }
  return out;
}

function applyGainCurve(block: NDArray, curve: NDArray): void {
  block.imul(curve);
}

function laneSummary(lane: AutomationLane): string {
  const lo = lane.values.min();
  const hi = lane.values.max();
  const name = lane.param ? lane.param.id : "unbound";
  return `${name}: ${lo.toFixed(3)}..${hi.toFixed(3)} over ${lane.length} samples`;
}

function testBlock(index: number): NDArray {
  const block = zeros(BLOCK);
  for (let i = 0; i < BLOCK; i++) block.set(i, Math.sin((index * BLOCK + i) * 0.3));
  return block;
}

class AutomationEngine {
  private readonly lanes = new Map<string, AutomationLane>();
  readonly params = new Map<string, PluginParameter>();

  addParameter(param: PluginParameter, initialNormalized: number): AutomationLane {
    const lane = new AutomationLane(TIMELINE, initialNormalized);
    bindLane(param, lane);
    this.lanes.set(param.id, lane);
    this.params.set(param.id, param);
    return lane;
  }

  laneFor(id: string): AutomationLane {
    const lane = this.lanes.get(id);
    if (!lane) throw new Error(`no automation lane for parameter "${id}"`);
    return lane;
  }

  changeRange(id: string, newMin: number, newMax: number): number {
    const param = this.params.get(id);
    if (!param) return 0;
    const jump = this.laneFor(id).rescale(param.min, param.max, newMin, newMax);
    param.min = newMin;
    param.max = newMax;
    return jump;
  }

  processBlock(index: number, audio: NDArray): NDArray {
    const start = index * BLOCK;
    const out = audio.copy();
    for (const [id, param] of this.params) {
      const curve = smoothCurve(this.laneFor(id).blockValues(start, BLOCK), 0.5);
      param.value = param.fromNormalized(curve.get(BLOCK - 1));
      if (id === "gain") applyGainCurve(out, curve);
    }
    return out;
  }
}

const engine = new AutomationEngine();
const gainLane = engine.addParameter(new PluginParameter("gain", 0, 1, 0.8), 0.8);
const cutoffLane = engine.addParameter(new PluginParameter("cutoff", 200, 8000, 1000), 0.3);
gainLane.addPoint(16, 1.0);
gainLane.addPoint(40, 0.2);
cutoffLane.addPoint(48, 0.9);

const rendered: number[] = [];
for (let b = 0; b < TIMELINE / BLOCK; b++) {
  if (b === 2) {
    const jump = engine.changeRange("cutoff", 100, 12000);
    console.log(`cutoff range changed, largest jump ${jump.toFixed(4)}`);
  }
  const block = engine.processBlock(b, testBlock(b));
  rendered.push(Math.sqrt(block.mul(block).mean()));
}

const cutoff = engine.params.get("cutoff");
console.log("block rms:", rendered.map((r) => r.toFixed(3)).join(" "));
console.log("cutoff now:", cutoff ? cutoff.value.toFixed(1) : "n/a");
console.log("gain lane head:", gainLane.values.slice("0:4").tolist());
console.log("cutoff lane tail:", cutoffLane.values.slice("-4:").tolist(), "last jump:", cutoffLane.lastJump);
console.log(laneSummary(gainLane));
console.log(laneSummary(cutoffLane));
