// An ETL step stages a column for cleaning; when validation throws before the defensive copy, the catch block zeroes the raw column it still points at.
// runnable
import { array, NDArray } from "ndalias";

class ValidationError extends Error {}

function validate(col: NDArray): void {
  if (col.min() < 0) throw new ValidationError(`negative value ${col.min()}`);
}

function report(label: string, col: NDArray): string {
  return `${label}: ${JSON.stringify(col.tolist())}`;
}

const raw = array([12.5, -3, 7.25, 40]);
let staged = raw;
let failures = 0;
try {
  validate(raw);
  staged = raw.copy();
  staged.imul(0.01);
} catch (err) {
  failures++;
  if (err instanceof ValidationError) {
    staged.fill(0); // expect: no-alias-mutation
  }
} finally {
  console.log("failures:", failures);
}
console.log(report("staged", staged));
console.log(report("raw", raw));

function safeScale(col: NDArray, k: number): NDArray {
  const out = col.copy();
  try {
    validate(out);
    return out.mul(k);
  } catch {
    out.fill(0);
    return out;
  } finally {
    console.log("scaled", col.size, "values");
  }
}
console.log(report("safe", safeScale(array([1, 2, 3]), 2)));
