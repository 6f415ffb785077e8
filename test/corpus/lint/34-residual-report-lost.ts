// Reports regression residuals: the RMSE and each residual as a percentage of the largest target.
import { array, NDArray } from "ndalias";

function report(pred: NDArray, target: NDArray): void {
  const residual = pred.sub(target);
  const squared = residual.mul(residual);
  console.log("rmse:", Math.sqrt(squared.mean()));
  const scaled = residual.div(target.max());
  scaled.imul(100); // expect: no-lost-write
  console.log("residuals (%):", residual.tolist());
}

report(array([2.5, 0.0, 2.1, 7.8]), array([3.0, -0.5, 2.0, 7.0]));
