// Transient shaper with pre- and post-fader meters: the attack window is measured through a view before the block is processed, and post meters are taken from views made after processing.
import { array, zeros, NDArray } from "ndalias";

const ATTACK = 4;

interface BlockReport {
  preRms: number;
  postRms: number;
  attackPeak: number;
  tailPeak: number;
  transient: boolean;
}

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function peak(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

// Processes a private copy of the block and reports its levels.
function shapeBlock(input: NDArray, gain: number, attackCut: number): BlockReport {
  const work = input.copy();
  const attack = work.slice(`0:${ATTACK}`);
  const attackPeak = peak(attack);
  const preRms = rms(work);
  const transient = attackPeak > 2 * preRms;

  work.imul(gain);
  if (transient) {
    work.slice(`0:${ATTACK}`).imul(attackCut);
  }

  const tail = work.slice(`${ATTACK}:`);
  return { preRms, postRms: rms(work), attackPeak, tailPeak: peak(tail), transient };
}

const blocks = [
  array([0.9, 0.7, 0.3, 0.1, 0.1, 0.08, 0.06, 0.05, 0.04, 0.03, 0.02, 0.01]),
  array([0.2, 0.22, 0.25, 0.24, 0.23, 0.22, 0.2, 0.21, 0.2, 0.19, 0.2, 0.2]),
];

const reports = blocks.map((b) => shapeBlock(b, 1.5, 0.5));
reports.forEach((r, i) => {
  console.log(
    `block ${i}: transient=${r.transient} pre ${r.preRms.toFixed(3)} post ${r.postRms.toFixed(3)} ` +
      `attack ${r.attackPeak.toFixed(2)} tail ${r.tailPeak.toFixed(2)}`,
  );
});

// Level history of the last blocks, newest last.
const history = array([0.12, 0.4, 0.33, 0.9, 0.27, 0.5, 0.61, 0.2]);
const newestThree = history.slice("-3:");
console.log("newest three levels:", newestThree.tolist());
const loudestRecent = newestThree.max();
history.sort();
console.log("sorted history for the percentile display:", history.tolist());
console.log("median level:", ((history.get(3) as number) + (history.get(4) as number)) / 2);
console.log("loudest recent level:", loudestRecent);

// Meter reset on transport stop; the display windows are taken from the cleared buffer.
const meterBuf = array([0.3, 0.5, 0.2, 0.8, 0.6, 0.4]);
console.log("meter before stop:", peak(meterBuf).toFixed(2));
meterBuf.fill(0);
const leftWindow = meterBuf.slice("0:3");
const rightWindow = meterBuf.slice("3:");
console.log("windows after stop:", leftWindow.sum(), rightWindow.sum());

// A scratch frame shaped through its own view and only read through that view.
const scratch = zeros(8);
scratch.assign(":", blocks[1].slice("0:8"));
const windowed = scratch.slice("2:6");
windowed.imul(0.5);
console.log("windowed energy:", windowed.mul(windowed).sum().toFixed(4));
console.log("source block unchanged:", blocks[1].slice("0:8").sum().toFixed(2));

// Sidechain key: built from a copy, so the input block stays clean for the mix.
const key = blocks[0].copy();
key.assign(`${ATTACK}:`, 0);
console.log("key energy:", key.mul(key).sum().toFixed(3), "input energy:", blocks[0].mul(blocks[0]).sum().toFixed(3));
