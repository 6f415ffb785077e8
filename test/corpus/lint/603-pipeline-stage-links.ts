// Builds a processing pipeline from a JSON-like configuration; each stage owns its output buffer and is linked to its neighbours for backfill.
import { array, zeros, NDArray } from "ndalias";

interface StageConfig {
  name: string;
  op: "scale" | "shift" | "square";
  k: number;
}

const pipelineConfig: { width: number; stages: StageConfig[] } = {
  width: 5,
  stages: [
    { name: "to-kilobytes", op: "scale", k: 1 / 1024 },
    { name: "baseline", op: "shift", k: -2 },
    { name: "energy", op: "square", k: 0 },
  ],
};

class Stage {
  output: NDArray;
  upstream: Stage | null = null;
  downstream: Stage | null = null;

  constructor(readonly cfg: StageConfig, width: number) {
    this.output = zeros(width);
  }

  run(input: NDArray): NDArray {
    let result: NDArray;
    switch (this.cfg.op) {
      case "scale":
        result = input.mul(this.cfg.k);
        break;
      case "shift":
        result = input.add(this.cfg.k);
        break;
      case "square":
        result = input.mul(input);
        break;
    }
    this.output = result;
    return result;
  }
}

function linkStages(first: Stage, second: Stage): void {
  first.downstream = second;
  second.upstream = first; // expect: no-reference-cycle
}

function buildPipeline(config: typeof pipelineConfig): Stage[] {
  const stages = config.stages.map((cfg) => new Stage(cfg, config.width));
  for (let i = 1; i < stages.length; i++) {
    linkStages(stages[i - 1], stages[i]);
  }
  return stages;
}

function runPipeline(stages: Stage[], input: NDArray): NDArray {
  let current = input;
  for (const stage of stages) {
    current = stage.run(current);
  }
  return current;
}

const stages = buildPipeline(pipelineConfig);
const payloadSizes = array([2048, 4096, 3072, 1024, 5120]);
const result = runPipeline(stages, payloadSizes);

for (const stage of stages) {
  const from = stage.upstream ? stage.upstream.cfg.name : "source";
  console.log(`${from} -> ${stage.cfg.name}:`, stage.output.tolist());
}
console.log("pipeline result total:", result.sum(), "input total:", payloadSizes.sum());
