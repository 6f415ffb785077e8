// Integrates a projectile whose position and velocity live in one packed state vector exposed as module-level views.
import { array } from "ndalias";

const STATE = array([0, 0, 10, 12]);
const POS = STATE.slice("0:2");
const VEL = STATE.slice("2:4");
const GRAVITY = array([0, -9.81]);

export function step(dt: number): string {
  VEL.iadd(GRAVITY.mul(dt)); // expect: no-view-mutation
  POS.iadd(VEL.mul(dt)); // expect: no-view-mutation
  return JSON.stringify(STATE.tolist());
}

export function height(): number {
  return POS.get(1);
}

for (let t = 0; t < 5; t++) {
  console.log(`t=${(t + 1) * 0.1}: state ${step(0.1)}, height ${height().toFixed(2)}`);
}
