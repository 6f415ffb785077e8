// Tracks the variances on the diagonal of a covariance matrix while shrinking the whole matrix toward zero.
import { array } from "ndalias";

const cov = array([[4.0, 1.2, 0.6], [1.2, 9.0, 2.1], [0.6, 2.1, 1.0]]);
const variances = cov.diagonal();
console.log("variances before:", variances.tolist());

const shrink = 0.3;
cov.imul(1 - shrink); // expect: no-view-mutation
console.log("variances after:", variances.tolist());
console.log("shrunk covariance:", cov.tolist());
