// Normalises a small grayscale image to [0, 1], blacks out a privacy region for display, and prints brightness statistics.
import { array } from "ndalias";

const raw = array(
  [
    [12, 40, 80, 120],
    [30, 90, 160, 200],
    [60, 140, 220, 250],
    [20, 70, 110, 180],
  ],
  "float32",
);

// Correct: normalisation makes a new array; `raw` keeps the sensor values.
const lo = raw.min();
const normalised = raw.sub(lo).div(raw.max() - lo);
console.log("normalised corner:", normalised.get(0, 0), "→", normalised.get(3, 3));

// Bug (no-view-mutation): the privacy mask is painted into a view of the sensor
// image, so the brightness statistics below see the black square too.
const privacy = raw.slice("1:3, 1:3");
privacy.fill(0);
console.log("display region:", privacy.tolist());
console.log("mean sensor brightness:", raw.mean());

// Correct: the same mask on a copy leaves the measurements alone.
const display = raw.copy();
display.slice("1:3, 1:3").fill(0);
console.log("display mean:", display.mean(), "sensor mean:", raw.mean());
