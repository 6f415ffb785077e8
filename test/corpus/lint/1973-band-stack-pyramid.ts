// Stacks the bands of a multispectral scene in object-dtype arrays, builds an overview pyramid and prints stretched band statistics.
import { array, empty, NDArray } from "ndalias";

const BAND_NAMES = ["blue", "green", "red", "nir"];

interface BandStats {
  name: string;
  p2: number;
  p98: number;
  mean: number;
}

function percentile(band: NDArray, q: number): number {
  const sorted = band.flatten();
  sorted.sort();
  const pos = Math.min(sorted.size - 1, Math.max(0, Math.round((q / 100) * (sorted.size - 1))));
  return sorted.get(pos);
}

// Linear stretch of a band to [0, 1] between two cut-off values.
function stretchBand(band: NDArray, lo: number, hi: number): NDArray {
  band.isub(lo); // expect: no-alias-mutation
  return band.div(Math.max(1e-9, hi - lo));
}

// 2x decimation for an overview level.
function decimate(band: NDArray): NDArray {
  return band.slice("::2, ::2").copy();
}

function stackBands(bands: NDArray[]): NDArray {
  const stack = empty(bands.length, "object");
  bands.forEach((b, i) => {
    stack.set(i, b);
  });
  return stack;
}

// Overview pyramid: level 0 is the full stack, level 1 the decimated stack, level 2 the metadata table,
// and the metadata points back at the pyramid so that a viewer holding either can reach the other.
function buildPyramid(full: NDArray[], crs: string): NDArray {
  const levels = empty(3, "object");
  const info = empty(3, "object");
  levels.set(0, stackBands(full));
  levels.set(1, stackBands(full.map(decimate)));
  info.set(0, crs);
  info.set(1, full[0].shape.join("x"));
  levels.set(2, info);
  info.set(2, levels); // expect: no-reference-cycle
  return levels;
}

const blue = array([[412, 430, 455, 470], [401, 428, 448, 466], [395, 420, 441, 459], [388, 412, 437, 450]]);
const green = array([[620, 655, 690, 710], [604, 640, 676, 699], [590, 631, 660, 688], [577, 618, 649, 672]]);
const red = array([[530, 548, 590, 640], [512, 533, 575, 622], [498, 520, 560, 610], [481, 507, 549, 598]]);
const nir = array([[2310, 2450, 2600, 2790], [2280, 2400, 2555, 2740], [2250, 2380, 2510, 2700], [2200, 2340, 2480, 2650]]);
const bands = [blue, green, red, nir];

const stats: BandStats[] = bands.map((b, i) => ({
  name: BAND_NAMES[i],
  p2: percentile(b, 2),
  p98: percentile(b, 98),
  mean: b.mean(),
}));

const pyramid = buildPyramid(bands, "EPSG:32631");
const overview = pyramid.get(1);
console.log("pyramid levels:", pyramid.size, "overview bands:", overview.size);

// A true-colour quick-look from the stretched red, green and blue bands.
const quickLook = empty(3, "object");
const rgb = [red, green, blue];
rgb.forEach((b, i) => {
  const s = stats[BAND_NAMES.indexOf(["red", "green", "blue"][i])];
  quickLook.set(i, stretchBand(b, s.p2, s.p98));
});

// The scene record keeps the band stack and the quick-look; nothing in it points back at the record.
const scene = empty(2, "object");
scene.set(0, stackBands(bands));
scene.set(1, quickLook);

for (const s of stats) {
  console.log(`${s.name.padEnd(5)} p2=${s.p2} p98=${s.p98} mean=${s.mean.toFixed(1)}`);
}
const red01 = quickLook.get(0);
console.log("stretched red range:", red01.min().toFixed(3), red01.max().toFixed(3));
console.log("raw red DN:", red.tolist());
const ndvi = nir.sub(red).div(nir.add(red));
console.log("mean NDVI:", ndvi.mean().toFixed(3), "bands in scene:", scene.get(0).size);
