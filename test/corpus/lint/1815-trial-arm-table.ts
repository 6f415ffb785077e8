// Groups the arms of a bioequivalence trial in an object-dtype table, links the reference arm back to the table, and prints exposure ratios.
// runnable
import { array, empty, memoryStats, refcount, NDArray } from "ndalias";

const ARM_LABEL = 0;
const ARM_AUC = 1;
const ARM_CONTEXT = 2;

function armTable(label: string, aucs: number[]): NDArray {
  const arm = empty(3, "object");
  arm.set(ARM_LABEL, label);
  arm.set(ARM_AUC, array(aucs));
  return arm;
}

function geometricMean(values: NDArray): number {
  let logSum = 0;
  for (let i = 0; i < values.size; i++) {
    logSum += Math.log(values.get(i));
  }
  return Math.exp(logSum / values.size);
}

function armAucs(arm: NDArray): NDArray {
  return arm.get(ARM_AUC);
}

function ratioToReference(test: NDArray, reference: NDArray): number {
  return geometricMean(armAucs(test)) / geometricMean(armAucs(reference));
}

function coefficientOfVariation(values: NDArray): number {
  const centred = values.sub(values.mean());
  const squared = centred.mul(centred);
  return Math.sqrt(squared.sum() / (values.size - 1)) / values.mean();
}

function logAucs(arm: NDArray): NDArray {
  const logs = armAucs(arm).copy();
  for (let i = 0; i < logs.size; i++) {
    logs.set(i, Math.log(logs.get(i)));
  }
  return logs;
}

function withinBioequivalence(ratio: number): boolean {
  return ratio >= 0.8 && ratio <= 1.25;
}

function printArm(arm: NDArray): void {
  const aucs = armAucs(arm);
  console.log(
    `${arm.get(ARM_LABEL)}: n=${aucs.size}, mean AUC ${aucs.mean().toFixed(1)}, ` +
      `geo-mean ${geometricMean(aucs).toFixed(1)}, range ${aucs.min()}-${aucs.max()}`,
  );
}

const arms = empty(3, "object");
const reference = armTable("reference (innovator)", [412, 389, 455, 430, 398]);
const generic = armTable("test (generic A)", [401, 372, 468, 419, 405]);
const genericB = armTable("test (generic B)", [350, 331, 388, 360, 342]);

arms.set(0, reference);
arms.set(1, generic);
arms.set(2, genericB);

// Test arms only record the trial code; the reference arm gets a link to the whole table.
generic.set(ARM_CONTEXT, "BE-2024-07");
genericB.set(ARM_CONTEXT, "BE-2024-07");
reference.set(ARM_CONTEXT, arms); // expect: no-reference-cycle

for (let i = 0; i < arms.size; i++) {
  printArm(arms.get(i));
}

for (const test of [generic, genericB]) {
  const ratio = ratioToReference(test, reference);
  const verdict = withinBioequivalence(ratio) ? "bioequivalent" : "not bioequivalent";
  console.log(`${test.get(ARM_LABEL)} vs reference: ratio ${ratio.toFixed(3)} -> ${verdict}`);
}

const referenceLogs = logAucs(reference);
console.log("reference log-AUC spread:", (referenceLogs.max() - referenceLogs.min()).toFixed(3));
console.log("reference CV:", (100 * coefficientOfVariation(armAucs(reference))).toFixed(1), "%");

console.log("references to the arms table:", refcount(arms));

arms.dispose();
reference.dispose();
generic.dispose();
genericB.dispose();
console.log("storages after releasing the trial:", memoryStats().storages);
