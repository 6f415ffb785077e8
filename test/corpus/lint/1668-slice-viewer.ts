// A slice viewer that owns a volume and a display buffer: scrolling, gain, a contrast-boosted export, thumbnails and a per-slice texture sampler.
import { zeros, NDArray } from "ndalias";

class SliceViewer {
  private readonly volume: NDArray;
  private display: NDArray;
  private current = 0;

  constructor(volume: NDArray) {
    this.volume = volume.copy();
    const [, rows, cols] = volume.shape;
    this.display = zeros([rows, cols]);
    this.render();
  }

  get sliceIndex(): number {
    return this.current;
  }

  setSlice(z: number): void {
    this.current = Math.max(0, Math.min(this.volume.shape[0] - 1, z));
    this.render();
  }

  render(): void {
    this.display.assign(":", this.volume.slice(this.current));
  }

  applyGain(gain: number): void {
    this.display.imul(gain);
  }

  /** The current slice with extra contrast, for the PNG export. */
  boostedContrast(gain: number): NDArray {
    const img = this.display;
    img.imul(gain); // expect: no-alias-mutation
    return img.sub(img.min());
  }

  thumbnail(): NDArray {
    const thumb = this.display.slice("::2", "::2").copy();
    thumb.idiv(Math.max(1e-9, thumb.max()));
    return thumb;
  }

  displayMean(): number {
    return this.display.mean();
  }

  volumeMean(): number {
    return this.volume.mean();
  }
}

/** Returns a function giving the texture energy (RMS after mean removal) of a slice. */
function makeTextureSampler(volume: NDArray): (z: number) => number {
  return (z: number) => {
    const plane = volume.slice(z);
    plane.isub(plane.mean()); // expect: no-view-mutation
    return Math.sqrt(plane.mul(plane).mean());
  };
}

/** Same measure, computed on a private copy of the slice. */
function textureEnergy(volume: NDArray, z: number): number {
  const plane = volume.slice(z).copy();
  plane.isub(plane.mean());
  return Math.sqrt(plane.mul(plane).mean());
}

function makeVolume(depth: number, size: number): NDArray {
  const vol = zeros([depth, size, size]);
  for (let z = 0; z < depth; z++) {
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        vol.set([z, y, x], 100 + 10 * z + ((x + y) % 2) * 20 * (z + 1));
      }
    }
  }
  return vol;
}

const volume = makeVolume(4, 6);
const viewer = new SliceViewer(volume);
viewer.setSlice(2);
viewer.applyGain(1.5);
console.log("display mean after gain:", viewer.displayMean());

const exported = viewer.boostedContrast(2);
console.log("export mean:", exported.mean(), "display mean now:", viewer.displayMean());
console.log("thumbnail:", viewer.thumbnail().tolist());

console.log("texture (copy):", [0, 1, 2, 3].map((z) => textureEnergy(volume, z).toFixed(1)).join(" "));
const sampler = makeTextureSampler(volume);
console.log("texture (sampler):", [0, 1, 2, 3].map((z) => sampler(z).toFixed(1)).join(" "));
console.log("volume mean:", volume.mean(), "viewer volume mean:", viewer.volumeMean());
