// Insert rack with bypassable slots: bypass passes the block through untouched, active slots work on their own copies.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Slot {
  name: string;
  bypassed: boolean;
  apply(block: NDArray): NDArray;
}

function makeDrive(amount: number): Slot {
  return {
    name: "drive",
    bypassed: false,
    apply(block: NDArray): NDArray {
      const out = block.mul(amount);
      for (let i = 0; i < out.size; i++) {
        out.data[i] = Math.tanh(out.data[i] as number);
      }
      return out;
    },
  };
}

function makeTilt(tilt: number): Slot {
  return {
    name: "tilt",
    bypassed: false,
    apply(block: NDArray): NDArray {
      const out = block.copy();
      out.slice(0).imul(1 - tilt);
      out.slice(1).imul(1 + tilt);
      return out;
    },
  };
}

function runSlot(slot: Slot, block: NDArray): NDArray {
  if (slot.bypassed) {
    return block;
  }
  return slot.apply(block);
}

function runRack(slots: Slot[], input: NDArray): NDArray {
  let signal = input;
  for (const slot of slots) {
    signal = runSlot(slot, signal);
  }
  return signal;
}

function peak(block: NDArray): number {
  return Math.max(block.max(), -block.min());
}

const input = array([
  [0.3, -0.6, 0.8, -0.2, 0.5],
  [0.25, -0.5, 0.7, -0.15, 0.45],
]);

const rack = [makeDrive(2), makeTilt(0.2)];
rack[0].bypassed = true;
rack[1].bypassed = true;

// meter the input before anything touches it
const inputLeft = input.slice(0);
const inputPeakL = peak(inputLeft);

const fullyBypassed = rack.every((s) => s.bypassed);
const rackOut = runRack(rack, input);
// the rack may hand back the input itself when every slot is bypassed
const master = rackOut.copy();
master.imul(0.8);

const reference = input.copy();
input.slice(":", 0).fill(0);
input.isub(input.mean());

const busMix = zeros(input.shape);
busMix.iadd(master);
busMix.iadd(reference.mul(0.2));

const postView = input.slice(1);
console.log("rack bypassed:", fullyBypassed);
console.log("input peak L:", inputPeakL.toFixed(3));
console.log("reference:", reference.tolist());
console.log("conditioned input R:", postView.tolist());
console.log("bus mix:", busMix.tolist());
console.log("bus peak:", peak(busMix).toFixed(3));
