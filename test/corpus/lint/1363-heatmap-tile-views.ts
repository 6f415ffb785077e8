// Heat-map renderer: crops the focus region with a helper, lets an annotator mark tiles, dims the frame for an overlay and prints stats.
// runnable
import { arange, NDArray } from "ndalias";

function centerCrop(img: NDArray, margin: number): NDArray {
  return img.slice(`${margin}:-${margin}, ${margin}:-${margin}`);
}

function rowBand(img: NDArray, start: number, stop: number): NDArray {
  return img.slice(`${start}:${stop}`);
}

class TileCache {
  readonly frame: NDArray;

  constructor(
    readonly height: number,
    readonly width: number,
    readonly tileSize: number,
  ) {
    this.frame = arange(0, height * width).reshape(height, width);
  }

  tile(r: number, c: number): NDArray {
    const s = this.tileSize;
    return this.frame.slice(`${r * s}:${(r + 1) * s}, ${c * s}:${(c + 1) * s}`);
  }

  total(): number {
    return this.frame.sum();
  }
}

class Annotator {
  private marks = 0;

  constructor(private readonly value: number) {}

  mark(tile: NDArray): void {
    tile.fill(this.value);
    this.marks++;
  }

  count(): number {
    return this.marks;
  }
}

class StatsPanel {
  private readonly rows: string[] = [];

  add(label: string, region: NDArray): void {
    this.rows.push(`${label}: mean=${region.mean().toFixed(2)} max=${region.max()}`);
  }

  render(): string {
    return this.rows.join("\n");
  }
}

const cache = new TileCache(6, 6, 3);
const annotator = new Annotator(-1);
const panel = new StatsPanel();

panel.add("frame", cache.frame);

// Centre the focus region for the colour scale.
const focus = centerCrop(cache.frame, 1);
const focusMean = focus.mean();
focus.isub(focusMean); // expect: no-view-mutation
panel.add("focus (centred)", focus);
console.log("frame total after centring:", cache.frame.sum());

// Annotator marks one tile on purpose.
annotator.mark(cache.tile(1, 1));
cache.frame.slice(0).fill(0);
panel.add("frame (annotated)", cache.frame);

// Header statistics are meant to describe the undimmed frame.
const header = rowBand(cache.frame, 0, 2);
console.log("header before dimming:", header.sum());
cache.frame.imul(0.5); // expect: no-view-mutation
panel.add("header", header);

const snapshot = cache.frame.copy();
snapshot.imul(2);
panel.add("restored copy", snapshot);

console.log(panel.render());
console.log("marks:", annotator.count(), "total:", cache.total());
