// Lesion annotations on baseline and follow-up scans: each ROI keeps its mask, its scan and a reference ROI, and follow-up pairs are linked for growth reports.
import { zeros, NDArray } from "ndalias";

class Ruler {
  constructor(
    readonly scan: NDArray,
    readonly z: number,
    readonly from: [number, number],
    readonly to: [number, number],
    readonly spacingMm: number,
  ) {}

  lengthMm(): number {
    const dy = this.to[0] - this.from[0];
    const dx = this.to[1] - this.from[1];
    return Math.hypot(dy, dx) * this.spacingMm;
  }
}

class LesionRoi {
  readonly mask: NDArray;
  reference: LesionRoi;
  prior: LesionRoi | null = null;
  next: LesionRoi | null = null;
  ruler: Ruler | null = null;

  constructor(readonly id: string, readonly scan: NDArray, z: number, y0: number, y1: number, x0: number, x1: number) {
    this.mask = zeros(scan.shape, "uint8");
    this.mask.slice(z, `${y0}:${y1}`, `${x0}:${x1}`).fill(1);
    // Until a radiologist picks one, every ROI is measured against itself.
    this.reference = this; // expect: no-reference-cycle
  }

  voxels(): number {
    return this.mask.sum();
  }

  meanIntensity(): number {
    const inside = this.scan.mul(this.mask);
    return inside.sum() / Math.max(1, this.voxels());
  }
}

function makeScan(depth: number, size: number, lesionValue: number, radius: number): NDArray {
  const scan = zeros([depth, size, size]);
  const c = (size - 1) / 2;
  for (let z = 0; z < depth; z++) {
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const inside = Math.hypot(y - c, x - c) <= radius;
        scan.set([z, y, x], inside ? lesionValue : 20);
      }
    }
  }
  return scan;
}

export function linkFollowUp(baselineScan: NDArray, followScan: NDArray): [LesionRoi, LesionRoi] {
  const baseline = new LesionRoi("L1-baseline", baselineScan, 1, 2, 5, 2, 5);
  const followUp = new LesionRoi("L1-followup", followScan, 1, 1, 6, 1, 6);
  baseline.next = followUp;
  followUp.prior = baseline; // expect: no-reference-cycle
  baseline.ruler = new Ruler(baselineScan, 1, [2, 2], [4, 4], 0.8);
  followUp.ruler = new Ruler(followScan, 1, [1, 1], [5, 5], 0.8);
  return [baseline, followUp];
}

export function growthReport(roi: LesionRoi): string {
  const prior = roi.prior;
  if (!prior) return `${roi.id}: no prior study`;
  const growth = roi.voxels() / Math.max(1, prior.voxels());
  const priorLen = prior.ruler?.lengthMm() ?? 0;
  const len = roi.ruler?.lengthMm() ?? 0;
  return `${roi.id}: volume x${growth.toFixed(2)}, diameter ${priorLen.toFixed(1)} -> ${len.toFixed(1)} mm`;
}

export function contrastToReference(roi: LesionRoi): number {
  const ref = roi.reference;
  return roi.meanIntensity() - ref.meanIntensity();
}

const baselineScan = makeScan(3, 7, 80, 1.5);
const followScan = makeScan(3, 7, 95, 2.5);
const [baseline, followUp] = linkFollowUp(baselineScan, followScan);

console.log(growthReport(followUp));
console.log(growthReport(baseline));
console.log("follow-up contrast to itself:", contrastToReference(followUp));
const background = new LesionRoi("background", followScan, 1, 0, 2, 0, 2);
followUp.reference = background;
console.log("follow-up contrast to background:", contrastToReference(followUp).toFixed(1));
