// Converts an 8-bit image to float for a model and reports regression residuals as percentages of the largest target.
import { array, NDArray } from "ndalias";

const img = array([[0, 128], [255, 64]], "uint8");
img.astype("float32").idiv(255); // expect: no-lost-write

const asFloat = img.astype("float64");
asFloat.idiv(255);
console.log("float image mean:", asFloat.mean(), "uint8 image max:", img.max());

function report(pred: NDArray, target: NDArray): void {
  const residual = pred.sub(target);
  const squared = residual.mul(residual);
  console.log("rmse:", Math.sqrt(squared.mean()));
  const scaled = residual.div(target.max());
  scaled.imul(100); // expect: no-lost-write
  console.log("residuals (%):", residual.tolist());
}

report(array([2.5, 0.0, 2.1, 7.8]), array([3.0, -0.5, 2.0, 7.0]));
