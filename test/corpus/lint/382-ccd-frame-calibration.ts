// Calibrates CCD frames: overscan bias, dark subtraction, flat fielding, temperature-corrected gain and a per-mode clean-up.
import { array, full, ones, NDArray, ShapeError } from "ndalias";

interface Calibration {
  gain: NDArray; // per-column amplifier gain
  readNoise: number;
  referenceTempC: number;
}

const CAL: Calibration = {
  gain: array([1.02, 0.98, 1.0, 1.01]),
  readNoise: 3.2,
  referenceTempC: -20,
};
const SATURATION = 60000;
const stats = { frames: 0, saturatedPixels: 0 };

type Mode = "science" | "focus" | "bias-check";

export function calibrateFrame(raw: NDArray, dark: NDArray, flat: NDArray, tempC: number, mode: Mode): NDArray {
  if (raw.ndim !== 2) {
    throw new ShapeError(`expected a 2-D frame, got shape [${raw.shape.join(", ")}]`);
  }
  const cols = raw.shape[1];
  if (cols !== CAL.gain.size) throw new ShapeError(`frame has ${cols} columns, calibration has ${CAL.gain.size}`);

  // the first row is the serial overscan: estimate the bias level, then flatten that row
  const overscan = raw.slice(0);
  const bias = overscan.mean();
  overscan.fill(bias); // expect: no-view-mutation

  // dark and bias subtraction into a new frame
  const out = raw.sub(dark);
  out.isub(bias);

  // flat field, normalised to unit mean; dead flat pixels are left uncorrected
  const flatNorm = flat.div(flat.mean());
  for (let i = 0; i < flatNorm.size; i++) {
    if ((flatNorm.data[i] as number) < 0.05) {
      flatNorm.data[i] = 1;
    }
  }
  out.idiv(flatNorm);

  // cosmic-ray hits: isolated very hot pixels are replaced by the frame median
  const sortedPixels = out.flatten();
  sortedPixels.sort();
  const frameMedian = sortedPixels.get(Math.floor(sortedPixels.size / 2));
  let repaired = 0;
  for (let i = 0; i < out.size; i++) {
    if ((out.data[i] as number) <= 20 * Math.max(1, frameMedian)) continue;
    out.data[i] = frameMedian;
    repaired++;
  }
  if (repaired > 0) console.log(`repaired ${repaired} hot pixel(s)`);

  // the amplifier gain drifts with sensor temperature
  const { gain } = CAL;
  const k = 1 + 0.003 * (tempC - CAL.referenceTempC);
  gain.imul(k); // expect: no-alias-mutation
  out.imul(gain);

  switch (mode) {
    case "focus":
      // focus frames: the overscan row carries no star light
      out.slice(0).fill(0);
    // falls through
    case "science": {
      const noiseFloor = 3 * CAL.readNoise;
      let zeroed = 0;
      for (let i = 0; i < out.size; i++) {
        if (Math.abs(out.data[i] as number) < noiseFloor) {
          out.data[i] = 0;
          zeroed++;
        }
      }
      if (zeroed === out.size) console.warn("frame is empty after noise floor cut");
      break;
    }
    case "bias-check":
      console.log("bias-check residual:", out.mean().toFixed(2));
      break;
  }

  let saturated = 0;
  try {
    for (let i = 0; i < out.size; i++) {
      const v = out.data[i] as number;
      if (!Number.isFinite(v)) {
        throw new RangeError(`non-finite pixel at flat index ${i}`);
      }
      if (v > SATURATION) {
        out.data[i] = SATURATION;
        saturated++;
      }
    }
  } catch (err) {
    console.error("calibration failed for a frame of shape", raw.shape);
    throw err;
  } finally {
    stats.frames++;
    stats.saturatedPixels += saturated;
  }
  return out;
}

const rawFrame = array([
  [102, 101, 103, 100],
  [150, 420, 161, 149],
  [148, 152, 900, 151],
  [149, 150, 153, 64000],
]);
const darkFrame = full([4, 4], 8);
const flatFrame = ones([4, 4]);

const science = calibrateFrame(rawFrame, darkFrame, flatFrame, -18, "science");
const focus = calibrateFrame(rawFrame, darkFrame, flatFrame, -18, "focus");
console.log("science:", science.tolist());
console.log("focus peak:", focus.max(), "frames:", stats.frames, "saturated:", stats.saturatedPixels);
