// A model-serving service that loads weights asynchronously, calibrates them on a probe batch and answers scoring requests.
// runnable
import { array, zeros, NDArray } from "ndalias";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface ServiceStats {
  requests: number;
  calibrations: number;
  lastScore: number;
}

class InferenceService {
  weights: NDArray = zeros(3);
  bias: NDArray = zeros(1);
  private stats: ServiceStats = { requests: 0, calibrations: 0, lastScore: NaN };

  async load(): Promise<void> {
    await sleep(2);
    this.weights = array([0.4, -1.2, 0.8]);
    this.bias = array([0.05]);
  }

  async calibrate(probe: NDArray, target: number): Promise<number> {
    const current = this.weights;
    const before = probe.mul(current).sum();
    await sleep(1);
    const gain = before === 0 ? 1 : target / before;
    current.imul(gain); // expect: no-alias-mutation
    this.stats.calibrations++;
    return current.mul(probe).sum();
  }

  async previewGain(probe: NDArray, gain: number): Promise<number> {
    const trial = this.weights.copy();
    await sleep(1);
    trial.imul(gain);
    return trial.mul(probe).sum();
  }

  async scaleWeights(factor: number): Promise<number> {
    await sleep(1);
    this.weights.imul(factor);
    return this.weights.sum();
  }

  async normalize(features: NDArray): Promise<NDArray> {
    await sleep(1);
    const scale = Math.max(features.max(), -features.min());
    features.idiv(scale === 0 ? 1 : scale); // expect: no-alias-mutation
    return features;
  }

  async score(features: NDArray): Promise<number> {
    this.stats.requests++;
    const normalized = await this.normalize(features);
    const value = normalized.mul(this.weights).sum() + this.bias.get(0);
    this.stats.lastScore = value;
    return value;
  }

  async scoreCopy(features: NDArray): Promise<number> {
    const local = features.copy();
    await sleep(1);
    local.isub(local.mean());
    return local.mul(this.weights).sum();
  }

  async resetBias(): Promise<void> {
    await sleep(1);
    this.bias.fill(0);
  }

  report(): string {
    const { requests, calibrations, lastScore } = this.stats;
    return `requests=${requests} calibrations=${calibrations} last=${lastScore.toFixed(4)}`;
  }
}

async function serveBatch(service: InferenceService, rows: number[][]): Promise<number[]> {
  const results: number[] = [];
  for (const row of rows) {
    const request = array(row);
    const value = await service.score(request);
    results.push(value);
    console.log("request as received:", request.tolist(), "score:", value.toFixed(4));
  }
  return results;
}

const service = new InferenceService();
await service.load();

const probe = array([1.0, 0.5, 2.0]);
const preview = await service.previewGain(probe, 2);
console.log("preview with gain 2:", preview.toFixed(4));

const calibrated = await service.calibrate(probe, 1.0);
console.log("calibrated probe output:", calibrated.toFixed(4));
console.log("served weights:", service.weights.tolist());

const centred = await service.scoreCopy(array([3.0, -1.5, 0.5]));
console.log("centred score:", centred.toFixed(4));

const scores = await serveBatch(service, [
  [3.0, -1.5, 0.5],
  [0.2, 0.4, -0.6],
]);
console.log("batch scores:", scores.map((s) => s.toFixed(4)).join(", "));

await service.resetBias();
const total = await service.scaleWeights(0.5);
console.log("weights total after decay:", total.toFixed(4));
console.log(service.report());
