// Drains a queue of camera frames, normalises each in place and archives it, then ranks the archive and exports boosted copies of bright frames.
import { array, NDArray } from "ndalias";

function brightness(f: NDArray): number {
  return f.mean();
}

const queue: NDArray[] = [
  array([[12, 40], [33, 8]]),
  array([[90, 75], [60, 88]]),
  array([[5, 9], [14, 2]]),
];
const archive: NDArray[] = [];
let processed = 0;

while (queue.length > 0) {
  const frame = queue.shift()!;
  frame.isub(frame.min());
  frame.idiv(frame.max() || 1);
  archive.push(frame);
  processed++;
}
console.log("frames processed:", processed, "queue empty:", queue.length === 0);

const ranked = [...archive].sort((a, b) => brightness(b) - brightness(a));
console.log("brightness ranking:", ranked.map((f) => brightness(f).toFixed(3)));
const latest = archive.at(-1);
console.log("latest frame:", latest?.tolist() ?? "none");

const boosted = ranked.filter((f) => brightness(f) > 0.3).map((f) => f.mul(1.5));
boosted.forEach((f) => {
  f.assign(":", f.div(f.max()));
});
console.log("boosted exports:", boosted.map((f) => f.tolist()));

// convert the archive to 8-bit range for storage
archive.forEach((f) => {
  f.imul(255);
});
console.log("archive (8-bit):", archive.map((f) => f.tolist()));
console.log("archive total:", archive.reduce((acc, f) => acc + f.sum(), 0));
