// A legacy Matrix class with NumPy-like method names lives next to ndalias arrays; only the ndalias arrays are checked.
import { array } from "ndalias";

class Matrix {
  constructor(public data: number[]) {}
  slice(start: number, end: number): Matrix {
    return new Matrix(this.data.slice(start, end));
  }
  fill(value: number): this {
    this.data.fill(value);
    return this;
  }
  copy(): Matrix {
    return new Matrix([...this.data]);
  }
}

const legacy = new Matrix([1, 2, 3]);
const alias = legacy;
const window = legacy.slice(0, 2);
alias.fill(0);
window.fill(1);
legacy.copy().fill(5);
console.log("legacy:", legacy.data, "window:", window.data);

const samples = [0.5, 0.25, 0.75];
const sameSamples = samples;
sameSamples.fill(0);
const raw = new Float64Array([1, 2, 3]);
const head = raw.subarray(0, 2);
raw.fill(4);
const modern = array(samples);
console.log("samples:", samples, "head:", head, "modern total:", modern.sum());
