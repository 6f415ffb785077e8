// Sews two cloth panels together with a seam constraint linked both ways, pins one panel to an anchor and reports the seam gap.
import { array, zeros, full, NDArray } from "ndalias";

class Anchor {
  readonly point: NDArray;
  constructor(x: number, y: number) {
    this.point = array([x, y]);
  }
}

class SeamConstraint {
  restLength: NDArray;
  stiffness: number;
  from: Panel | null = null;
  to: Panel | null = null;
  constructor(n: number, rest: number, stiffness: number) {
    this.restLength = full(n, rest);
    this.stiffness = stiffness;
  }
}

class Panel {
  pos: NDArray;
  vel: NDArray;
  seam: SeamConstraint | null = null;
  anchor: Anchor | null = null;

  private constructor(readonly name: string, pos: NDArray) {
    this.pos = pos;
    this.vel = zeros(pos.shape);
  }

  static grid(name: string, rows: number, cols: number, x0: number, spacing: number): Panel {
    const pos = zeros([rows, cols, 2]);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        pos.set([r, c, 0], x0 + c * spacing);
        pos.set([r, c, 1], -r * spacing);
      }
    }
    return new Panel(name, pos);
  }

  leftEdge(): NDArray {
    return this.pos.slice(":", 0);
  }

  rightEdge(): NDArray {
    return this.pos.slice(":", -1);
  }

  integrate(dt: number): void {
    this.vel.slice("...", 1).isub(9.81 * dt);
    this.pos.iadd(this.vel.mul(dt));
    if (this.anchor) {
      this.pos.slice(0, 0).assign(":", this.anchor.point);
      this.vel.slice(0, 0).fill(0);
    }
  }
}

function sew(left: Panel, right: Panel, stiffness: number): SeamConstraint {
  const gap = left.rightEdge().sub(right.leftEdge());
  const rest = Math.sqrt(gap.slice(0).mul(gap.slice(0)).sum());
  const seam = new SeamConstraint(left.pos.shape[0], rest, stiffness);
  seam.from = left;
  seam.to = right;
  left.seam = seam; // expect: no-reference-cycle
  right.seam = seam; // expect: no-reference-cycle
  return seam;
}

function pin(panel: Panel, anchor: Anchor): void {
  panel.anchor = anchor;
  panel.pos.slice(0, 0).assign(":", anchor.point);
}

function closeSeam(seam: SeamConstraint): void {
  if (!seam.from || !seam.to) return;
  const a = seam.from.pos.slice(":", -1);
  const b = seam.to.pos.slice(":", 0);
  const target = a.add(b).div(2);
  const k = seam.stiffness;
  a.imul(1 - k);
  a.iadd(target.mul(k));
  b.imul(1 - k);
  b.iadd(target.mul(k));
}

function seamGap(seam: SeamConstraint): number {
  if (!seam.from || !seam.to) return 0;
  const d = seam.from.rightEdge().sub(seam.to.leftEdge());
  return Math.sqrt(d.mul(d).sum());
}

const left = Panel.grid("left", 3, 3, 0, 0.5);
const right = Panel.grid("right", 3, 3, 1.2, 0.5);
const seam = sew(left, right, 0.8);
pin(left, new Anchor(0, 0.1));

const gaps = zeros(4);
for (let step = 0; step < 4; step++) {
  left.integrate(0.01);
  right.integrate(0.01);
  closeSeam(seam);
  gaps.set(step, seamGap(seam));
}

console.log("seam gap per step:", gaps.tolist());
console.log("rest length:", seam.restLength.mean(), "anchor:", left.anchor?.point.tolist());
console.log(left.name, left.pos.slice(-1).tolist(), right.name, right.pos.slice(-1).tolist());
