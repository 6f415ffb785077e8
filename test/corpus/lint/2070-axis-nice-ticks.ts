// Linear axis internals of a charting library: autoscales from views of the visible series data, picks nice ticks and formats labels.
import { array, linspace, NDArray } from "ndalias";

interface SeriesLike {
  label: string;
  y: NDArray;
}

interface TickSpec {
  positions: NDArray;
  labels: string[];
}

interface AxisStyle {
  color: string;
  fontSize: number;
  tickLength: number;
  gridLines: boolean;
}

const BASE_AXIS_STYLE: AxisStyle = { color: "#333", fontSize: 11, tickLength: 4, gridLines: false };

const NICE_STEPS = [1, 2, 2.5, 5, 10];

function niceStep(span: number, maxTicks: number): number {
  const raw = span / Math.max(1, maxTicks - 1);
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const s of NICE_STEPS) {
    if (s * magnitude >= raw) return s * magnitude;
  }
  return 10 * magnitude;
}

class LinearAxis {
  private lo = Infinity;
  private hi = -Infinity;
  readonly style: AxisStyle;

  constructor(readonly name: string, style: Partial<AxisStyle> = {}, private maxTicks = 6) {
    this.style = { ...BASE_AXIS_STYLE, ...style };
  }

  autoscale(series: SeriesLike[], visibleFrom: number, visibleTo: number): void {
    for (const s of series) {
      const visible = s.y.slice(`${visibleFrom}:${visibleTo}`);
      this.lo = Math.min(this.lo, visible.min());
      this.hi = Math.max(this.hi, visible.max());
    }
  }

  limits(): [number, number] {
    return [this.lo, this.hi];
  }

  ticks(): TickSpec {
    const step = niceStep(this.hi - this.lo, this.maxTicks);
    const first = Math.floor(this.lo / step) * step;
    const count = Math.floor((this.hi - first) / step) + 1;
    const positions = linspace(first, first + step * (count - 1), count);
    positions.slice(":1").fill(Math.max(first, this.lo));
    const digits = step < 1 ? 2 : 0;
    const labels = (positions.tolist() as number[]).map((v) => v.toFixed(digits));
    return { positions, labels };
  }

  robustLimits(y: NDArray, trim: number): [number, number] {
    const sorted = y.flatten();
    sorted.sort();
    const n = sorted.size;
    const k = Math.floor(n * trim);
    return [sorted.get(k), sorted.get(n - 1 - k)];
  }

  minorTicks(major: NDArray, subdivisions: number): NDArray {
    const values: number[] = [];
    for (let i = 0; i + 1 < major.size; i++) {
      const a = major.get(i);
      const b = major.get(i + 1);
      for (let j = 1; j < subdivisions; j++) values.push(a + ((b - a) * j) / subdivisions);
    }
    return array(values);
  }
}

function describeAxis(axis: LinearAxis, spec: TickSpec): string {
  const [lo, hi] = axis.limits();
  const span = spec.positions.max() - spec.positions.min();
  return `${axis.name}: [${lo.toFixed(1)}, ${hi.toFixed(1)}] span=${span.toFixed(1)} ticks=${spec.labels.join(" ")}`;
}

const temperature = array([12.5, 14.1, 13.8, 17.2, 19.9, 18.4, 15.0, 11.3]);
const dewPoint = array([8.2, 9.0, 9.4, 10.1, 12.6, 12.2, 10.8, 7.9]);

const yAxis = new LinearAxis("y", { gridLines: true, fontSize: 12 });
yAxis.autoscale(
  [
    { label: "temperature", y: temperature },
    { label: "dew point", y: dewPoint },
  ],
  1,
  7,
);

const spec = yAxis.ticks();
console.log(describeAxis(yAxis, spec));
console.log("minor ticks:", yAxis.minorTicks(spec.positions, 4).tolist());

const [robustLo, robustHi] = yAxis.robustLimits(temperature, 0.125);
console.log(`robust temperature range: ${robustLo} .. ${robustHi}`);
console.log("temperature series (unchanged order):", temperature.tolist());
console.log("dew point mean:", dewPoint.mean().toFixed(2), "style:", yAxis.style);
