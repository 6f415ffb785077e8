// A stateful one-compartment PK model object that logs every administered dose into a module-level audit trail and reports concentrations.
import { zeros, NDArray } from "ndalias";

const AUDIT_CAPACITY = 32;
const AUDIT_TRAIL = zeros(AUDIT_CAPACITY);
let auditCount = 0;

function audit(mg: number): number {
  if (auditCount >= AUDIT_CAPACITY) {
    AUDIT_TRAIL.fill(0);
    auditCount = 0;
  }
  AUDIT_TRAIL.set(auditCount, mg);
  auditCount++;
  return AUDIT_TRAIL.sum();
}

function clearAudit(): number {
  const cleared = auditCount;
  AUDIT_TRAIL.fill(0);
  auditCount = 0;
  return cleared;
}

class OneCompartmentModel {
  private amounts: NDArray;
  private doses: NDArray;
  private lastStep = 0;

  constructor(
    readonly volumeL: number,
    readonly kePerH: number,
    readonly dtH: number,
    steps: number,
  ) {
    this.amounts = zeros(steps);
    this.doses = zeros(steps);
  }

  give(step: number, mg: number): number {
    this.doses.set(step, this.doses.get(step) + mg);
    return audit(mg);
  }

  advance(): number {
    const decay = Math.exp(-this.kePerH * this.dtH);
    this.amounts.set(0, this.doses.get(0));
    for (let t = 1; t < this.amounts.size; t++) {
      this.amounts.set(t, this.amounts.get(t - 1) * decay + this.doses.get(t));
    }
    this.lastStep = this.amounts.size - 1;
    return this.amounts.max();
  }

  scaleBioavailability(f: number): number {
    this.doses.imul(f);
    return this.doses.sum();
  }

  washout(fromStep: number): number {
    this.doses.slice(`${fromStep}:`).fill(0);
    return this.advance();
  }

  concentrations(): NDArray {
    return this.amounts.div(this.volumeL);
  }

  reset(): number {
    this.amounts.fill(0);
    this.doses.fill(0);
    return this.lastStep;
  }
}

const model = new OneCompartmentModel(40, 0.173, 1, 48);
for (const step of [0, 12, 24, 36]) {
  model.give(step, 500);
}
console.log("total logged after dosing (mg):", AUDIT_TRAIL.sum());

console.log("peak amount (mg):", model.advance().toFixed(1));
console.log("bioavailable dose total (mg):", model.scaleBioavailability(0.85));
console.log("peak after F=0.85 (mg):", model.advance().toFixed(1));

const microgramsPerLitre = model.concentrations();
microgramsPerLitre.imul(1000);
console.log("last concentration (ug/L):", microgramsPerLitre.get(47).toFixed(0));

console.log("peak with doses stopped at 24 h (mg):", model.washout(24).toFixed(1));
console.log("audit entries cleared:", clearAudit(), "steps reset:", model.reset());
