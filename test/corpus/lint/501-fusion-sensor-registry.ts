// Builds the sensor registry of a fusion node: calibration tables grouped per sensor suite, and a fallback chain of estimators.
import { array, empty, eye, NDArray } from "ndalias";

class Estimator {
  readonly name: string;
  state: NDArray;
  covariance: NDArray;
  fallback: Estimator | null = null;

  constructor(name: string, dim: number) {
    this.name = name;
    this.state = array(new Array<number>(dim).fill(0));
    this.covariance = eye(dim).mul(10);
  }

  confidence(): number {
    return 1 / (1 + this.covariance.sum());
  }

  best(): Estimator {
    let e: Estimator = this;
    while (e.fallback && e.fallback.confidence() > e.confidence()) e = e.fallback;
    return e;
  }
}

function buildFallbackChain(): Estimator {
  const ekf = new Estimator("ekf", 6);
  const complementary = new Estimator("complementary", 6);
  const deadReckoning = new Estimator("dead-reckoning", 6);
  ekf.fallback = complementary;
  complementary.fallback = deadReckoning;
  return ekf;
}

function buildRegistry(): NDArray {
  const imuSuite = empty(3, "object");
  imuSuite.set(0, eye(3));
  imuSuite.set(1, array([0.01, -0.02, 0.005]));

  const registry = empty(2, "object");
  registry.set(0, imuSuite);
  registry.set(1, array([1.0, 1.0, 1.0]));

  imuSuite.set(2, registry); // expect: no-reference-cycle
  return registry;
}

function buildHotStandby(): [Estimator, Estimator] {
  const primary = new Estimator("primary", 3);
  const standby = new Estimator("standby", 3);
  standby.fallback = primary;
  primary.fallback = standby; // expect: no-reference-cycle
  return [primary, standby];
}

const chain = buildFallbackChain();
chain.covariance.imul(50);
console.log("selected estimator:", chain.best().name);

const registry = buildRegistry();
const suite = registry.get(0) as NDArray;
console.log("registry entries:", registry.size, "imu misalignment:", (suite.get(0) as NDArray).tolist());

const [primary, standby] = buildHotStandby();
console.log("primary:", primary.confidence().toFixed(4), "standby:", standby.confidence().toFixed(4));
