// Blows a wind gust across a cloth sheet: measures the windward edge, pushes the sheet, then inspects the new edge and centre.
import { array, zeros, NDArray } from "ndalias";

interface GustReport {
  edgeBefore: number;
  edgeAfter: number;
  centreEnergy: number[];
}

class Sheet {
  pos: NDArray;
  vel: NDArray;

  private constructor(pos: NDArray) {
    this.pos = pos;
    this.vel = zeros(pos.shape);
  }

  static strip(n: number, spacing: number): Sheet {
    const pts: number[][] = [];
    for (let i = 0; i < n; i++) pts.push([0, -i * spacing]);
    return new Sheet(array(pts));
  }
}

function gustProfile(n: number, peak: number): NDArray {
  const profile = zeros(n);
  for (let i = 0; i < n; i++) {
    profile.set(i, peak * Math.exp(-((i - n / 2) ** 2) / n));
  }
  return profile;
}

function blow(sheet: Sheet, peak: number, steps: number): GustReport {
  const n = sheet.pos.shape[0];
  const edge = sheet.pos.slice(":3");
  const edgeBefore = edge.slice(":", 0).mean();
  console.log("windward edge before the gust:", edge.tolist());

  const centreEnergy: number[] = [];
  const push = gustProfile(n, peak);
  for (let k = 0; k < steps; k++) {
    const centre = sheet.vel.slice("2:4");
    centreEnergy.push(centre.mul(centre).sum());
    const next = sheet.vel.mul(0.9);
    next.slice(":", 0).iadd(push);
    sheet.vel = next;
    sheet.pos = sheet.pos.add(sheet.vel.mul(0.1));
  }

  const edgeAfter = sheet.pos.slice(":3").slice(":", 0).mean();
  return { edgeBefore, edgeAfter, centreEnergy };
}

const sheet = Sheet.strip(6, 0.3);
const report = blow(sheet, 2.0, 4);

const tip = sheet.pos.slice(-1);
const tipHeight = tip.get(1);
console.log("tip before settling:", tip.tolist());
sheet.pos.slice(":", 1).imul(0.95);
console.log("tip velocity:", sheet.vel.slice(-1).tolist());

const settledTip = sheet.pos.slice(-1);
console.log("tip after settling:", settledTip.tolist(), "was at height", tipHeight);

const sway: number[] = [];
for (let k = 0; k < 3; k++) {
  const mid = sheet.pos.slice("2:4", 0);
  sway.push(mid.mean());
  sheet.pos.slice(":", 0).imul(0.8);
}

const rest = Sheet.strip(6, 0.3);
const offset = sheet.pos.sub(rest.pos);
offset.imul(100);

console.log("edge x before/after:", report.edgeBefore, report.edgeAfter);
console.log("centre energy:", report.centreEnergy.map((e) => e.toFixed(3)).join(" "));
console.log("sway:", sway.map((s) => s.toFixed(3)).join(" "), "offset (cm):", offset.tolist());
