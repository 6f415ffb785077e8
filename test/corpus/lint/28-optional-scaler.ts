// Applies an optional feature scaler from a model config before inference and re-centres the scaler for drift.
import { array, NDArray } from "ndalias";

interface Scaler {
  mean: NDArray;
  scale: NDArray;
}
interface Config {
  scaler?: Scaler;
  clip?: number;
}

function prepare(features: NDArray, cfg: Config): NDArray {
  const x = features.copy();
  if (cfg.scaler) {
    x.isub(cfg.scaler.mean);
    x.idiv(cfg.scaler.scale);
  }
  const limit = cfg.clip ?? Infinity;
  for (let i = 0; i < x.size; i++) x.set(i, Math.max(-limit, Math.min(limit, x.get(i))));
  return x;
}

function recenter(cfg: Config, drift: number): number {
  cfg.scaler?.mean.iadd(drift); // expect: no-alias-mutation
  return cfg.scaler?.mean.sum() ?? 0;
}

const config: Config = { scaler: { mean: array([1, 2]), scale: array([0.5, 4]) }, clip: 3 };
console.log("prepared:", prepare(array([2, 10]), config).tolist());
console.log("mean after drift:", recenter(config, 0.1));
