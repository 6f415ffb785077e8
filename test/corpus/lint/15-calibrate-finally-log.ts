// Calibrates sensor frames against broadcast per-channel offsets and logs the calibrated range from a finally block.
import { array, NDArray } from "ndalias";

const offsets = array([0.5, -0.5, 0.25]);

function calibrate(frame: NDArray, gain: number): boolean {
  const tiled = offsets.broadcastTo(frame.shape);
  const scaled = frame.sub(tiled);
  try {
    scaled.imul(gain);
    if (!Number.isFinite(gain) || gain <= 0) return false;
    return true;
  } finally {
    console.log("calibrated range:", scaled.min(), scaled.max());
  }
}

const frame = array([[1, 2, 3], [4, 5, 6]]);
console.log("calibrated:", calibrate(frame, 2));
offsets.fill(0);
console.log("offsets after reset:", offsets.tolist(), "frame:", frame.tolist());
