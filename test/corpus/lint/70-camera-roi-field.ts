// A camera that captures frames into its own buffer and reports the brightness of a region of interest per capture.
import { array, zeros, NDArray } from "ndalias";

class Camera {
  frame = zeros([4, 4]);
  captures = 0;
  capture(pixels: NDArray): void {
    const roi = this.frame.slice("1:3, 1:3");
    this.frame.assign(":", pixels); // expect: no-view-mutation
    this.captures++;
    console.log(`capture ${this.captures}: roi brightness ${roi.mean()}`);
  }
  roiView: NDArray | null = null;
  setRoi(spec: string): void {
    this.roiView = this.frame.slice(spec);
  }
  captureAndMeasure(pixels: NDArray): number {
    this.frame.assign(":", pixels); // expect: no-view-mutation
    return this.roiView?.mean() ?? 0;
  }
  roiSnapshot: NDArray | null = null;
  snapshotRoi(): void {
    this.roiSnapshot = this.frame.slice("0:2, 0:2").copy();
  }
  captureAndCompare(pixels: NDArray): number {
    this.frame.assign(":", pixels);
    return this.roiSnapshot?.mean() ?? 0;
  }
  exposure(): number {
    this.frame.imul(1.1);
    return this.frame.mean();
  }
}

const cam = new Camera();
cam.capture(array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]));
console.log("exposure:", cam.exposure());
cam.setRoi("0:2, 0:2");
console.log("roi after capture:", cam.captureAndMeasure(array([[0, 0, 1, 1], [0, 0, 1, 1], [2, 2, 3, 3], [2, 2, 3, 3]])));
cam.snapshotRoi();
console.log("previous roi:", cam.captureAndCompare(array([[9, 9, 9, 9], [9, 9, 9, 9], [9, 9, 9, 9], [9, 9, 9, 9]])));
