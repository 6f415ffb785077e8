// Service configuration with per-tier rate limits: an admin endpoint previews a limit change, a decay job adjusts burst limits and an alert check reads the live limits.
import { array, NDArray } from "ndalias";

// rows: free, pro, enterprise; columns: requests per second, requests per minute
const CONFIG = {
  service: "quota-api",
  limits: array([[100, 1000], [500, 5000], [2000, 20000]]),
  burst: array([1.5, 1.25, 1.1]),
};

type Config = typeof CONFIG;

function tierBudget(tier: number): number {
  const row = CONFIG.limits.slice(tier);
  return row.get(1) * CONFIG.burst.get(tier);
}

function previewLimitChange(multiplier: number): unknown {
  const { limits } = CONFIG;
  limits.imul(multiplier); // expect: no-alias-mutation
  return limits.tolist();
}

function withOverrides(multiplier: number, burst: number[]): Config {
  const limits = CONFIG.limits.copy();
  limits.imul(multiplier);
  return { service: CONFIG.service, limits, burst: array(burst) };
}

function applyBurstDecay(decay: number): number {
  const perSecond = CONFIG.limits.T.slice(0);
  perSecond.imul(decay); // expect: no-view-mutation
  return perSecond.sum();
}

function alertCheck(observed: NDArray): string[] {
  const alerts: string[] = [];
  const perMinute = CONFIG.limits.slice(":", 1);
  for (let tier = 0; tier < observed.size; tier++) {
    if (observed.get(tier) > perMinute.get(tier)) {
      alerts.push(`tier ${tier} over its per-minute limit (${observed.get(tier)} > ${perMinute.get(tier)})`);
    }
  }
  return alerts;
}

function describe(config: Config): string {
  return JSON.stringify({ service: config.service, limits: config.limits.tolist(), burst: config.burst.tolist() });
}

console.log("pro budget:", tierBudget(1));
const staged = withOverrides(1.5, [2, 1.5, 1.2]);
console.log("staged config:", describe(staged));
console.log("preview x2:", JSON.stringify(previewLimitChange(2)));
console.log("decayed per-second total:", applyBurstDecay(0.9));
console.log("alerts:", alertCheck(array([900, 6000, 15000])));
console.log("live config:", describe(CONFIG));
