// Navigation grid for an RTS: paints obstacles, inflates them by a unit radius, and answers clearance and cost queries.
import { full, zeros, NDArray } from "ndalias";

class NavGrid {
  walk: NDArray;
  clearance: NDArray;

  constructor(readonly w: number, readonly h: number) {
    this.walk = full([h, w], 1, "uint8");
    this.clearance = zeros([h, w]);
  }

  paintRect(x0: number, y0: number, x1: number, y1: number): this {
    this.walk.slice(`${y0}:${y1}`, `${x0}:${x1}`).fill(0);
    return this;
  }

  paintBorder(): this {
    this.walk.slice(0).fill(0);
    this.walk.slice(-1).fill(0);
    this.walk.slice(":", 0).fill(0);
    this.walk.slice(":", -1).fill(0);
    return this;
  }

  inflated(radius: number): NDArray {
    const out = this.walk.copy();
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        if (this.walk.get(y, x) !== 0) continue;
        for (let dy = -radius; dy <= radius; dy++) {
          for (let dx = -radius; dx <= radius; dx++) {
            const nx = x + dx;
            const ny = y + dy;
            if (nx >= 0 && ny >= 0 && nx < this.w && ny < this.h) out.set([ny, nx], 0);
          }
        }
      }
    }
    return out;
  }

  rebuildClearance(): number {
    this.clearance.fill(0);
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        if (this.walk.get(y, x) === 0) continue;
        let r = 1;
        while (r < Math.max(this.w, this.h) && this.freeSquare(x, y, r)) r++;
        this.clearance.set([y, x], r - 1);
      }
    }
    return this.clearance.max();
  }

  freeSquare(cx: number, cy: number, r: number): boolean {
    for (let y = cy - r; y <= cy + r; y++) {
      for (let x = cx - r; x <= cx + r; x++) {
        if (x < 0 || y < 0 || x >= this.w || y >= this.h) return false;
        if (this.walk.get(y, x) === 0) return false;
      }
    }
    return true;
  }

  rowCosts(y: number): NDArray {
    const row = this.clearance.slice(y).copy();
    row.isub(row.max());
    row.imul(-1);
    return row;
  }

  scaleClearance(k: number): number {
    this.clearance.imul(k);
    return this.clearance.sum();
  }

  walkableCount(): number {
    return this.walk.sum();
  }
}

function canFit(grid: NavGrid, x: number, y: number, unitRadius: number): boolean {
  return grid.clearance.get(y, x) >= unitRadius;
}

function render(mask: NDArray): string {
  const lines: string[] = [];
  for (let y = 0; y < mask.shape[0]; y++) {
    let s = "";
    for (let x = 0; x < mask.shape[1]; x++) s += mask.get(y, x) ? "." : "#";
    lines.push(s);
  }
  return lines.join("\n");
}

const nav = new NavGrid(12, 8).paintBorder().paintRect(4, 2, 6, 6).paintRect(8, 0, 9, 4);
console.log(render(nav.walk));
console.log("walkable tiles:", nav.walkableCount());

const tankMask = nav.inflated(1);
console.log("tank-walkable tiles:", tankMask.sum());
console.log(render(tankMask));

const widest = nav.rebuildClearance();
console.log("widest clearance:", widest);
console.log("row 3 costs:", nav.rowCosts(3).tolist());
console.log("can a radius-2 unit stand at (2, 3)?", canFit(nav, 2, 3, 2));
console.log("clearance total in half-tiles:", nav.scaleClearance(2));
console.log("walkable tiles unchanged:", nav.walkableCount());
