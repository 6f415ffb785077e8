// Organises studies, series and their pixel volumes: metadata records link both ways, pixel data is keyed by series UID.
import { empty, full, NDArray } from "ndalias";

class StudyRecord {
  readonly series: SeriesRecord[] = [];
  primary: SeriesRecord | null = null;
  constructor(readonly uid: string, readonly accession: string) {}
}

class SeriesRecord {
  study: StudyRecord | null = null;
  constructor(readonly uid: string, readonly modality: string, readonly slices: number) {}
}

class VolumeData {
  constructor(
    readonly seriesUid: string,
    readonly study: StudyRecord,
    readonly pixels: NDArray,
  ) {}

  meanHu(): number {
    return this.pixels.mean();
  }
}

class SegmentNode {
  readonly children: SegmentNode[] = [];
  constructor(readonly name: string, readonly mask: NDArray) {}

  addChild(name: string, mask: NDArray): SegmentNode {
    const child = new SegmentNode(name, mask);
    this.children.push(child);
    return child;
  }

  voxelCount(): number {
    return this.mask.sum() + this.children.reduce((n, c) => n + c.voxelCount(), 0);
  }
}

const pixelStore = new Map<string, VolumeData>();

function registerSeries(study: StudyRecord, uid: string, modality: string, slices: number, hu: number): SeriesRecord {
  const series = new SeriesRecord(uid, modality, slices);
  series.study = study;
  study.series.push(series);
  if (study.primary === null) {
    study.primary = series;
  }
  pixelStore.set(uid, new VolumeData(uid, study, full([slices, 3, 3], hu)));
  return series;
}

function studyStack(study: StudyRecord): NDArray {
  const stack = empty(study.series.length, "object");
  study.series.forEach((s, i) => {
    const data = pixelStore.get(s.uid);
    if (data !== undefined) stack.set(i, data.pixels);
  });
  return stack;
}

function describe(study: StudyRecord): string[] {
  return study.series.map((s) => {
    const data = pixelStore.get(s.uid);
    const mean = data === undefined ? NaN : data.meanHu();
    const isPrimary = s.study?.primary === s ? " (primary)" : "";
    return `${s.uid} ${s.modality} x${s.slices}: ${mean} HU${isPrimary}`;
  });
}

function buildSegmentation(): SegmentNode {
  const body = full([3, 3], 1);
  const root = new SegmentNode("body", body);
  const abdomen = root.addChild("abdomen", full([3, 3], 0));
  abdomen.addChild("liver", full([3, 3], 1));
  abdomen.addChild("kidney", full([3, 3], 0));
  return root;
}

const study = new StudyRecord("1.2.840.113619.2", "ACC-7781");
registerSeries(study, "1.2.840.113619.2.1", "CT", 3, 35);
registerSeries(study, "1.2.840.113619.2.2", "CT", 2, -650);
registerSeries(study, "1.2.840.113619.2.3", "PT", 2, 4);

for (const line of describe(study)) console.log(line);

const stack = studyStack(study);
for (let i = 0; i < stack.size; i++) {
  const px: NDArray = stack.get(i);
  console.log(`stack[${i}] shape ${px.shape.join("x")} max ${px.max()}`);
}

const seg = buildSegmentation();
console.log("segmentation voxels:", seg.voxelCount(), "top-level segments:", seg.children.map((c) => c.name));

const primaryData = study.primary === null ? undefined : pixelStore.get(study.primary.uid);
if (primaryData !== undefined) {
  console.log("primary series belongs to", primaryData.study.accession, "mean", primaryData.meanHu());
}
