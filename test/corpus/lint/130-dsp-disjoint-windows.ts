// Splits an audio frame into fixed analysis windows: disjoint constant slices are tapered independently and views of a private copy are written while the copy itself is never read again.
import { array, NDArray } from "ndalias";

const TAPER = array([0.25, 0.75, 0.75, 0.25]);

function windowEnergies(frame: NDArray): [number, number] {
  const buf = frame.copy();
  const head = buf.slice("0:4");
  const tail = buf.slice("4:8");
  head.imul(TAPER);
  tail.imul(TAPER);
  return [head.mul(head).sum(), tail.mul(tail).sum()];
}

function splitBands(spectrum: NDArray): { low: number; high: number } {
  const work = spectrum.copy();
  const low = work.slice("0:3");
  const high = work.slice("3:6");
  low.fill(0);
  const highEnergy = high.sum();
  return { low: low.max(), high: highEnergy };
}

class Analyzer {
  readonly frame = array([0.1, 0.4, -0.3, 0.8, -0.6, 0.2, 0.0, -0.1]);
  energies(): number[] {
    const lead = this.frame.slice("0:4");
    const lag = this.frame.slice("4:8");
    return [lead.sum(), lag.sum()];
  }
}

const analyzer = new Analyzer();
console.log("energies:", windowEnergies(analyzer.frame), analyzer.energies());
console.log("bands:", splitBands(array([5, 4, 3, 2, 1, 0.5])), "frame:", analyzer.frame.tolist());
