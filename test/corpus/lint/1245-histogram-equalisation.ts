// Contrast enhancement for a low-light grey frame: histogram equalisation, a gamma preview and an in-place clip of the working frame.
import { zeros, NDArray } from "ndalias";

const LEVELS = 16;

function lowLightFrame(h: number, w: number): NDArray {
  const frame = zeros([h, w]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      frame.set([y, x], Math.min(LEVELS - 1, Math.floor((x + y) / 3)));
    }
  }
  return frame;
}

function histogram(img: NDArray): NDArray {
  const hist = zeros(LEVELS);
  for (let i = 0; i < img.size; i++) {
    const bin = img.data[img.offset + i] as number;
    hist.set(bin, hist.get(bin) + 1);
  }
  return hist;
}

function cumulative(hist: NDArray): NDArray {
  const cdf = hist.copy();
  for (let i = 1; i < cdf.size; i++) {
    cdf.set(i, cdf.get(i) + cdf.get(i - 1));
  }
  return cdf;
}

function equalise(img: NDArray): NDArray {
  const cdf = cumulative(histogram(img));
  const cdfMin = cdf.min();
  const lut = cdf.sub(cdfMin);
  lut.imul((LEVELS - 1) / Math.max(1, img.size - cdfMin));
  const out = img.copy();
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.round(lut.get(out.data[i] as number));
  }
  return out;
}

/** Clips pixel values of the given frame to [lo, hi]; the caller wants its frame changed. */
function clipInPlace(img: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < img.size; i++) {
    const v = img.data[i] as number;
    img.data[i] = v < lo ? lo : v > hi ? hi : v;
  }
}

function gammaPreview(img: NDArray, gamma: number): NDArray {
  const preview = img.div(LEVELS - 1);
  for (let i = 0; i < preview.size; i++) {
    preview.data[i] = Math.pow(preview.data[i] as number, gamma);
  }
  return preview;
}

const frame = lowLightFrame(8, 8);

// keep a pristine copy for the before/after panel before anything touches the frame
const original = frame.copy();

// the logger holds the frame only while the raw statistics are printed
let logged: NDArray = frame;
console.log("raw mean:", logged.mean().toFixed(2), "raw max:", logged.max());
logged = histogram(frame);
console.log("raw histogram:", logged.tolist());

const equalised = equalise(frame);
console.log("equalised histogram:", histogram(equalised).tolist());

let display: NDArray = equalised;
display = gammaPreview(display, 0.7);
display.imul(255);
console.log("display range:", display.min().toFixed(1), display.max().toFixed(1));

// working frame: clipped in place by the void helper, then read under its own name
clipInPlace(frame, 2, 12);
frame.isub(2);
console.log("clipped working frame mean:", frame.mean().toFixed(3));

const diff = frame.sub(original);
diff.imul(diff);
console.log("energy removed by clipping:", diff.sum());
console.log("before/after corner:", original.get(7, 7), "->", frame.get(7, 7), "equalised:", equalised.get(7, 7));
