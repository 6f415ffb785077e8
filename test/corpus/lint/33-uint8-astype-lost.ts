// Converts an 8-bit image to floating point in [0, 1] for a model and prints the image statistics.
import { array } from "ndalias";

const img = array([[0, 128], [255, 64]], "uint8");
img.astype("float32").idiv(255); // expect: no-lost-write

const asFloat = img.astype("float64");
asFloat.idiv(255);
console.log("float image mean:", asFloat.mean(), "uint8 image max:", img.max());
