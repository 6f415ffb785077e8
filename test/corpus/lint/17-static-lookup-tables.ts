// Colour-grading lookup tables kept in static fields, with accessors that hand out views of the shared table.
import { zeros, NDArray } from "ndalias";

class Grading {
  static lut = zeros([3, 4]);
  static channel(c: number): NDArray {
    return Grading.lut.slice(c);
  }
  shadows = (): NDArray => Grading.lut.slice(":", ":2");
  static snapshot(): NDArray {
    return Grading.lut.copy();
  }
  static brighten(delta: number): number {
    Grading.lut.iadd(delta);
    return Grading.lut.mean();
  }
  static apply(pixel: number, c: number): number {
    return Grading.lut.get(c, Math.min(3, Math.floor(pixel / 64)));
  }
}

Grading.lut.fill(1);
const before = Grading.snapshot();
before.imul(255);
console.log("lut before grading (8-bit):", before.tolist());
console.log("mean after brightening:", Grading.brighten(0.1));
const red = Grading.channel(0);
red.imul(1.2); // expect: no-view-mutation
console.log("graded red pixel:", Grading.apply(200, 0));

const shadows = new Grading().shadows();
shadows.fill(0.5); // expect: no-view-mutation
console.log("lut:", Grading.lut.tolist());
