// Converts stored DICOM pixel data to Hounsfield units and display values through copies, keeping the stored frames intact.
import { array, full, NDArray } from "ndalias";

interface DicomFrame {
  readonly sopInstanceUid: string;
  readonly rescaleSlope: number;
  readonly rescaleIntercept: number;
  readonly stored: NDArray;
}

interface ConvertedFrame {
  readonly uid: string;
  readonly hu: NDArray;
  readonly display: NDArray;
}

function storedFrame(uid: string, slope: number, intercept: number, base: number): DicomFrame {
  const stored = array(
    [
      [base, base + 12, base + 40],
      [base + 80, base + 1100, base + 60],
      [base + 20, base + 35, base + 5],
    ],
    "uint16",
  );
  return { sopInstanceUid: uid, rescaleSlope: slope, rescaleIntercept: intercept, stored };
}

function toHounsfield(frame: DicomFrame): NDArray {
  const hu = frame.stored.astype("float64");
  hu.imul(frame.rescaleSlope);
  hu.iadd(frame.rescaleIntercept);
  return hu;
}

function toDisplay(hu: NDArray, center: number, width: number): NDArray {
  const lo = center - width / 2;
  const display = hu.sub(lo);
  display.imul(255 / width);
  const flat = display.flatten();
  for (let i = 0; i < flat.size; i++) {
    flat.set(i, Math.min(255, Math.max(0, Math.round(flat.get(i)))));
  }
  return flat.reshape(...hu.shape).astype("uint8");
}

function convert(frame: DicomFrame): ConvertedFrame {
  const hu = toHounsfield(frame);
  return { uid: frame.sopInstanceUid, hu, display: toDisplay(hu, 40, 400) };
}

function padToSize(image: NDArray, size: number, value: number): NDArray {
  const padded = full([size, size], value);
  const [rows, cols] = image.shape;
  padded.slice(`0:${rows}`, `0:${cols}`).assign("...", image);
  return padded;
}

function frameMeans(frames: ConvertedFrame[]): string {
  return frames.map((f) => `${f.uid}=${f.hu.mean().toFixed(1)}`).join(" ");
}

const frames = [
  storedFrame("1.2.826.0.1.1", 1, -1024, 1000),
  storedFrame("1.2.826.0.1.2", 1, -1024, 990),
  storedFrame("1.2.826.0.1.3", 0.5, -512, 1010),
];

const converted = frames.map((frame) => convert(frame));
console.log("HU means:", frameMeans(converted));

for (let i = 0; i < frames.length; i++) {
  const f = frames[i];
  console.log(`${f.sopInstanceUid}: stored max ${f.stored.max()}, HU max ${converted[i].hu.max()}`);
  console.log("  display:", converted[i].display.tolist());
}

const reference = converted[0].hu;
const difference = converted[1].hu.sub(reference);
for (let i = 0; i < difference.size; i++) {
  difference.data[i] = Math.abs(difference.data[i] as number);
}
console.log("|frame 2 - frame 1|:", difference.tolist(), "reference mean:", reference.mean().toFixed(1));

const padded = padToSize(converted[2].display, 4, 0);
console.log("padded display:", padded.tolist());

const calibration = frames[2].stored.astype("float64");
calibration.isub(calibration.mean());
console.log("stored frame 3 centred:", calibration.tolist());
console.log("stored frame 3 untouched:", frames[2].stored.tolist());
