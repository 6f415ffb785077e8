// Tests for image layout helpers on a small RGB fixture: HWC to CHW conversion, plane normalisation and pixel medians.
import { arange, NDArray } from "ndalias";

type Fn = () => void;
const befores: Fn[] = [];
const queue: Array<{ name: string; fn: Fn }> = [];
function beforeEach(fn: Fn): void {
  befores.push(fn);
}
function it(name: string, fn: Fn): void {
  queue.push({ name, fn });
}
function expectClose(actual: number, expected: number, label: string): void {
  if (Math.abs(actual - expected) > 1e-9) throw new Error(`${label}: expected ${expected}, got ${actual}`);
}

let img: NDArray;

beforeEach(() => {
  img = arange(12).reshape(2, 2, 3);
});

it("puts channels first in the CHW layout", () => {
  const chw = img.transpose(2, 0, 1);
  expectClose(chw.shape[0], 3, "channels");
  expectClose(chw.get(1, 1, 0), img.get(1, 0, 1), "green pixel");
});

it("normalises the red plane for display", () => {
  const chw = img.transpose(2, 0, 1);
  const red = chw.slice(0);
  red.idiv(255); // expect: no-view-mutation
  expectClose(red.max(), 9 / 255, "red peak");
  expectClose(img.get(1, 1, 0), 9, "source red pixel");
});

it("finds the median pixel value", () => {
  const pixels = img.reshape(img.size);
  pixels.sort(); // expect: no-view-mutation
  expectClose(pixels.get(Math.floor(pixels.size / 2)), 6, "median");
  expectClose(img.sum(), 66, "source image total");
});

it("finds the median pixel value on a flattened copy", () => {
  const pixels = img.flatten();
  pixels.sort();
  expectClose(pixels.get(6), 6, "median");
  expectClose(img.get(0, 0, 2), 2, "source untouched");
});

it("clears the blue channel in place", () => {
  img.slice("..., 2").fill(0);
  expectClose(img.sum(), 66 - (2 + 5 + 8 + 11), "total without blue");
});

it("reads a channel-last pixel through a squeezed view", () => {
  const firstRow = img.slice("0:1").squeeze();
  expectClose(firstRow.shape.length, 2, "rank");
  expectClose(firstRow.get(1, 2), img.get(0, 1, 2), "pixel");
});

for (const { name, fn } of queue) {
  befores.forEach((b) => b());
  try {
    fn();
    console.log(`PASS ${name}`);
  } catch (err) {
    console.log(`FAIL ${name}: ${(err as Error).message}`);
  }
}
