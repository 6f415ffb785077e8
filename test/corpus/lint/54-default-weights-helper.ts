// Resolves user-supplied class weights (copied) or a uniform default, boosts the rare class and prints the user's weights.
import { array, ones, NDArray } from "ndalias";

function resolveWeights(user: NDArray | undefined, classes: number): NDArray {
  return user?.copy() ?? ones(classes);
}

const userWeights = array([1.0, 1.0, 0.5]);
const weights = resolveWeights(userWeights, 3);
weights.set(2, weights.get(2) * 4);
console.log("effective weights:", weights.tolist());
console.log("user weights:", userWeights.tolist());
