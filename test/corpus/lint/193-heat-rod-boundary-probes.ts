// Heat rod on a fixed 8-cell grid: the interior is relaxed through a named view while boundary cells are probed by constant index; a comb filter and an image border reuse the same pattern.
import { array, zeros } from "ndalias";

const rod = zeros(8);
rod.set(0, 100);
rod.set(7, 20);
const interior = rod.slice("1:-1");
const next = zeros(6);

for (let step = 0; step < 200; step++) {
  const hot = rod.get(0);
  const cold = rod.get(7);
  for (let i = 0; i < 6; i++) {
    const left = i === 0 ? hot : interior.get(i - 1);
    const right = i === 5 ? cold : interior.get(i + 1);
    next.set(i, 0.5 * (left + right));
  }
  interior.assign(":", next);
}

const fluxIn = rod.get(0) - interior.get(0);
const fluxOut = interior.get(5) - rod.get(7);
console.log("interior:", interior.tolist());
console.log("flux in:", fluxIn.toFixed(3), "flux out:", fluxOut.toFixed(3));

// the heater is turned up: only the boundary cell changes, the interior view is untouched
rod.set(0, 150);
console.log("first interior cell before the next sweep:", interior.get(0));
console.log("boundary now:", rod.get(0), "far end:", rod.get(7));

const samples = array([0.9, 0.1, -0.4, 0.3, 0.8, -0.2, 0.5, 0.7]);
const even = samples.slice("::2");
even.fill(0);
const oddEnergy = samples.get(1) ** 2 + samples.get(3) ** 2 + samples.get(5) ** 2 + samples.get(7) ** 2;
console.log("odd-phase energy:", oddEnergy.toFixed(3), "even phase:", even.tolist());

const image = zeros([4, 4]);
const core = image.slice("1:3", "1:3");
core.fill(1);
core.imul(0.5);
const corners = image.get(0, 0) + image.get(0, 3) + image.get(3, 0) + image.get(3, 3);
const borderMid = image.get(0, 2) + image.get(2, 0);
console.log("core mean:", core.mean(), "corners:", corners, "border midpoints:", borderMid);

const spectrum = array([5, 3, 2, 1, 0.5, 0.25]);
const dc = spectrum.slice(":1");
const harmonics = spectrum.slice("1:");
harmonics.imul(0.5);
console.log("dc level:", dc.get(0), "first bin:", spectrum.get(0), "harmonics:", harmonics.tolist());
