// Masks the first time step of a batch of sequences through a time-major view and feeds the batch to an encoder.
import { arange, NDArray } from "ndalias";

function encode(batch: NDArray): number {
  return batch.sum() / batch.shape[0];
}

const batch = arange(0, 24).reshape(2, 4, 3);
const timeMajor = batch.swapaxes(0, 1);
console.log("steps:", timeMajor.shape[0], "first step total:", timeMajor.slice(0).sum());
timeMajor.slice(0).fill(0); // expect: no-view-mutation
console.log("encoding:", encode(batch));
