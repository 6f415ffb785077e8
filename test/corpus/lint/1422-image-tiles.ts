// Prepares a small grayscale image for a tile classifier: frames it, extracts boosted tiles and reports border statistics.
import { arange, array, zeros, NDArray } from "ndalias";

const SIZE = 6;

const Frame = {
  // the NumPy idiom img[0, :] = v, written as chained view writes
  border: (img: NDArray, value: number): void => {
    img.slice(0).fill(value);
    img.slice(-1).fill(value);
    img.slice(":", 0).fill(value);
    img.slice(":", -1).fill(value);
  },
  stats: (img: NDArray) => {
    const top = img.slice(0);
    const left = img.slice(":", 0);
    return { top: top.mean(), left: left.mean(), all: img.mean() };
  },
};

const Tiles = {
  extract: (img: NDArray, r: number, c: number, size: number) => {
    const tile = img.slice(`${r}:${r + size}, ${c}:${c + size}`).copy();
    tile.imul(2);
    tile.isub(tile.min());
    return tile;
  },
  grid: (img: NDArray, size: number) => {
    const out: NDArray[] = [];
    for (let r = 0; r + size <= img.shape[0]; r += size) {
      for (let c = 0; c + size <= img.shape[1]; c += size) {
        out.push(Tiles.extract(img, r, c, size));
      }
    }
    return out;
  },
};

const image = arange(0, SIZE * SIZE).reshape(SIZE, SIZE);
image.idiv(SIZE * SIZE - 1);

// statistics of the top rows, taken before the contrast change
const topRows = image.slice("0:2");
const topMeanBefore = topRows.mean();
const topMaxBefore = topRows.max();
image.imul(255);
console.log("top rows before scaling:", topMeanBefore.toFixed(3), topMaxBefore.toFixed(3));
console.log("image mean after scaling:", image.mean().toFixed(2));

// a pristine copy for the classifier's reference channel, taken before the frame is drawn
const reference = image.copy();
Frame.border(image, 0);
const centre = image.slice("1:-1, 1:-1");
console.log("centre mean:", centre.mean().toFixed(2), "reference mean:", reference.mean().toFixed(2));

const tiles = Tiles.grid(image, 3);
tiles.forEach((t, i) => console.log(`tile ${i}:`, t.max().toFixed(1), t.sum().toFixed(1)));

// the mirrored image is built after the frame, so it sees the frame by design
const mirrored = image.flip(1);
console.log("mirrored first row:", mirrored.slice(0).tolist());
console.log("frame stats:", Frame.stats(image));

// a separate mask buffer that never shares memory with the image
const mask = zeros([SIZE, SIZE]);
mask.slice("2:4, 2:4").fill(1);
const masked = image.mul(mask);
console.log("masked total:", masked.sum().toFixed(2), "mask area:", mask.sum());

// histogram of the reference channel with a fresh counts array that is returned and printed
const histogram = (img: NDArray, bins: number) => {
  const counts = zeros(bins);
  const lo = img.min();
  const width = (img.max() - lo) / bins || 1;
  for (let i = 0; i < img.size; i++) {
    const v = img.data[i] as number;
    const b = Math.min(bins - 1, Math.floor((v - lo) / width));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
};
console.log("reference histogram:", histogram(reference.ravel(), 4).tolist());

const kernel = array([[1, 2, 1], [2, 4, 2], [1, 2, 1]]);
kernel.idiv(kernel.sum());
console.log("kernel:", kernel.tolist());
console.log("image after framing:", image.slice("0:2").tolist());
