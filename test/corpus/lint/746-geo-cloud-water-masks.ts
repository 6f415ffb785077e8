// Masks a multispectral scene split into tiles: cloud scoring, seam-aware mask dilation across neighbouring tiles, NDWI water masks and masked statistics.
import { zeros, NDArray } from "ndalias";

const REFLECTANCE_SCALE = 1e-4;
const CLOUD_THRESHOLD = 0.3;
const SIZE = 5;

class SceneTile {
  readonly bands = new Map<string, NDArray>();
  cloud: NDArray;
  east: SceneTile | null = null;
  west: SceneTile | null = null;

  constructor(readonly id: string) {
    this.cloud = zeros([SIZE, SIZE], "uint8");
  }

  band(name: string): NDArray {
    const b = this.bands.get(name);
    if (!b) throw new Error(`tile ${this.id} has no band "${name}"`);
    return b;
  }
}

function linkEastWest(a: SceneTile, b: SceneTile): void {
  a.east = b;
  b.west = a; // expect: no-reference-cycle
}

function cloudScore(blue: NDArray, swir: NDArray): NDArray {
  const brightness = blue.astype("float64");
  brightness.imul(REFLECTANCE_SCALE); // expect: no-lost-write
  const score = zeros(blue.shape, "uint8");
  for (let i = 0; i < blue.shape[0]; i++) {
    for (let j = 0; j < blue.shape[1]; j++) {
      const bright = blue.get(i, j) > CLOUD_THRESHOLD;
      const cold = swir.get(i, j) * REFLECTANCE_SCALE < 0.2;
      score.set([i, j], bright && cold ? 1 : 0);
    }
  }
  return score;
}

function dilate(mask: NDArray, left: NDArray | null, right: NDArray | null): NDArray {
  const rows = mask.shape[0];
  const cols = mask.shape[1];
  const out = zeros(mask.shape, "uint8");
  const at = (i: number, j: number): number => {
    if (i < 0 || i >= rows) return 0;
    if (j < 0) return left ? left.get(i) : 0;
    if (j >= cols) return right ? right.get(i) : 0;
    return mask.get(i, j);
  };
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let hit = 0;
      for (let di = -1; di <= 1 && !hit; di++) {
        for (let dj = -1; dj <= 1 && !hit; dj++) hit = at(i + di, j + dj);
      }
      out.set([i, j], hit);
    }
  }
  return out;
}

function ndwi(green: NDArray, nir: NDArray): NDArray {
  const g = green.astype("float64");
  const n = nir.astype("float64");
  return g.sub(n).div(g.add(n).add(1e-9));
}

function applyMask(raster: NDArray, mask: NDArray, fill: number): void {
  for (let i = 0; i < raster.shape[0]; i++) {
    for (let j = 0; j < raster.shape[1]; j++) {
      if (mask.get(i, j)) raster.set([i, j], fill);
    }
  }
}

function maskedMean(raster: NDArray, mask: NDArray): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < raster.shape[0]; i++) {
    for (let j = 0; j < raster.shape[1]; j++) {
      if (!mask.get(i, j)) {
        total += raster.get(i, j);
        count++;
      }
    }
  }
  return count ? total / count : NaN;
}

function syntheticTile(id: string, seed: number): SceneTile {
  const tile = new SceneTile(id);
  for (const [name, base] of [["blue", 900], ["green", 1200], ["nir", 2500], ["swir", 1800]] as const) {
    const band = zeros([SIZE, SIZE], "uint16");
    for (let i = 0; i < SIZE; i++) {
      for (let j = 0; j < SIZE; j++) {
        const cloudy = (i + j + seed) % 7 === 0;
        const wet = j === (seed % SIZE);
        let v = base + 40 * Math.sin(seed + i * 1.3 + j);
        if (cloudy && name === "blue") v = 4200;
        if (cloudy && name === "swir") v = 1200;
        if (wet && name === "nir") v = 300;
        band.set([i, j], Math.round(v));
      }
    }
    tile.bands.set(name, band);
  }
  return tile;
}

class SceneMasker {
  readonly tiles: SceneTile[] = [];

  addRow(tiles: SceneTile[]): void {
    for (let k = 0; k < tiles.length; k++) {
      this.tiles.push(tiles[k]);
      if (k > 0) linkEastWest(tiles[k - 1], tiles[k]);
    }
  }

  scoreClouds(): void {
    for (const t of this.tiles) t.cloud = cloudScore(t.band("blue"), t.band("swir"));
  }

  dilateClouds(): void {
    const dilated = this.tiles.map((t) =>
      dilate(t.cloud, t.west ? t.west.cloud.slice(":", -1) : null, t.east ? t.east.cloud.slice(":", 0) : null),
    );
    this.tiles.forEach((t, k) => (t.cloud = dilated[k]));
  }

  waterFraction(tile: SceneTile): number {
    const index = ndwi(tile.band("green"), tile.band("nir"));
    applyMask(index, tile.cloud, -1);
    let water = 0;
    for (let i = 0; i < index.size; i++) if ((index.data[i] as number) > 0) water++;
    return water / index.size;
  }

  report(): string[] {
    return this.tiles.map((t) => {
      const clouds = t.cloud.astype("float64").mean();
      const nir = maskedMean(t.band("nir"), t.cloud) * REFLECTANCE_SCALE;
      return `${t.id}: cloud ${(clouds * 100).toFixed(0)}%, water ${(this.waterFraction(t) * 100).toFixed(0)}%, clear NIR ${nir.toFixed(4)}`;
    });
  }
}

const masker = new SceneMasker();
masker.addRow([syntheticTile("r0c0", 1), syntheticTile("r0c1", 2), syntheticTile("r0c2", 3)]);
masker.scoreClouds();
masker.dilateClouds();
for (const line of masker.report()) console.log(line);
console.log("first tile cloud mask:", masker.tiles[0].cloud.tolist());
