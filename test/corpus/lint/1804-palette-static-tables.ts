// Colour quantisation with lookup tables built once in static initialisation blocks: maps pixel intensities to palette levels and dithers a small image.
import { arange, array, zeros, NDArray } from "ndalias";

class Palette {
  static LEVELS: NDArray;
  static LOOKUP: NDArray;
  static readonly BANDS = 8;

  static {
    const levels = arange(0, 256, 256 / Palette.BANDS);
    levels.iadd(256 / Palette.BANDS / 2);
    Palette.LEVELS = levels;

    const lookup = zeros(256, "uint8");
    for (let band = 0; band < Palette.BANDS; band++) {
      const lo = band * 32;
      lookup.slice(`${lo}:${lo + 32}`).fill(band);
    }
    Palette.LOOKUP = lookup;
  }

  static band(intensity: number): number {
    const clamped = Math.min(255, Math.max(0, Math.round(intensity)));
    return Palette.LOOKUP.get(clamped);
  }

  static level(intensity: number): number {
    return Palette.LEVELS.get(Palette.band(intensity));
  }

  static quantise(pixels: NDArray): NDArray {
    const out = zeros(pixels.shape);
    const [rows, cols] = pixels.shape;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        out.set([r, c], Palette.level(pixels.get(r, c)));
      }
    }
    return out;
  }

  static histogram(pixels: NDArray): NDArray {
    const counts = zeros(Palette.BANDS);
    const flat = pixels.flatten();
    for (let i = 0; i < flat.size; i++) {
      const b = Palette.band(flat.get(i));
      counts.set(b, counts.get(b) + 1);
    }
    return counts;
  }
}

class Dither {
  static MATRIX: NDArray;

  static {
    Dither.MATRIX = array([
      [0, 8, 2, 10],
      [12, 4, 14, 6],
      [3, 11, 1, 9],
      [15, 7, 13, 5],
    ]);
    Dither.MATRIX.iadd(0.5);
    Dither.MATRIX.idiv(16);
    Dither.MATRIX.isub(0.5);
  }

  static get size(): number {
    return Dither.MATRIX.shape[0];
  }

  static apply(pixels: NDArray, amplitude: number): NDArray {
    const noisy = pixels.copy();
    const [rows, cols] = pixels.shape;
    const n = Dither.size;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        noisy.set([r, c], noisy.get(r, c) + amplitude * Dither.MATRIX.get(r % n, c % n));
      }
    }
    return Palette.quantise(noisy);
  }
}

function meanError(a: NDArray, b: NDArray): number {
  const diff = a.sub(b);
  return Math.sqrt(diff.mul(diff).mean());
}

const gradient = zeros([4, 8]);
for (let r = 0; r < 4; r++) {
  gradient.slice(r).assign(":", arange(0, 256, 32).add(r * 8));
}

const flat = Palette.quantise(gradient);
const dithered = Dither.apply(gradient, 32);
console.log("levels:", Palette.LEVELS.tolist());
console.log("quantised row 0:", flat.slice(0).tolist());
console.log("dithered row 0:", dithered.slice(0).tolist());
console.log("histogram (flat):", Palette.histogram(flat).tolist());
console.log("histogram (dithered):", Palette.histogram(dithered).tolist());
console.log("rms error flat:", meanError(gradient, flat).toFixed(2), "dithered:", meanError(gradient, dithered).toFixed(2));
