// Plotting library strip chart for robot telemetry: each channel keeps a rolling history, reports trend deltas and exposes its visible window.
import { zeros, array, NDArray } from "ndalias";

interface Channel {
  readonly name: string;
  push(value: number): number;
  visible(): NDArray;
}

abstract class RollingChannel implements Channel {
  protected readonly history: NDArray;
  protected count = 0;

  protected constructor(readonly name: string, protected readonly capacity: number) {
    this.history = zeros(capacity);
  }

  push(value: number): number {
    const filled = Math.min(this.count, this.capacity);
    const recent = this.history.slice(`${Math.max(0, filled - 3)}:${Math.max(filled, 1)}`);
    const trend = recent.mean();
    this.history.set(this.count % this.capacity, value);
    this.count += 1;
    return value - trend;
  }

  visible(): NDArray {
    const filled = Math.min(this.count, this.capacity);
    return this.history.slice(`:${filled}`);
  }
}

class ScaledChannel extends RollingChannel {
  constructor(name: string, capacity: number, private readonly unitScale: number) {
    super(name, capacity);
  }

  override push(value: number): number {
    return super.push(value * this.unitScale);
  }

  rescale(factor: number): NDArray {
    this.history.imul(factor);
    const window = this.visible();
    console.log(`${this.name} rescaled, window mean ${window.mean().toFixed(3)}`);
    return window;
  }
}

class StripChart {
  private readonly channels = new Map<string, Channel>();

  static of(...channels: Channel[]): StripChart {
    const chart = new StripChart();
    for (const c of channels) chart.channels.set(c.name, c);
    return chart;
  }

  feed(name: string, samples: NDArray): number[] {
    const channel = this.channels.get(name);
    if (!channel) return [];
    const deltas: number[] = [];
    for (let i = 0; i < samples.size; i++) deltas.push(channel.push(samples.get(i)));
    return deltas;
  }
}

const torque = new ScaledChannel("torque", 8, 0.001);
const speed = new ScaledChannel("speed", 8, 1);
const chart = StripChart.of(torque, speed);
console.log("torque deltas:", chart.feed("torque", array([1200, 1350, 1280, 1500])));
console.log("speed deltas:", chart.feed("speed", array([0.4, 0.45, 0.5])));
const shown = speed.rescale(2);
console.log("speed window:", shown.tolist(), "torque window:", torque.visible().tolist());
