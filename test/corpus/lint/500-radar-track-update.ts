// Radar tracker: a 2-D constant-velocity Kalman track with gating, a report of prior uncertainty, and twin-track pairing.
import { array, eye, zeros, NDArray } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.shape[0], b.shape[1]]);
  for (let i = 0; i < a.shape[0]; i++)
    for (let j = 0; j < b.shape[1]; j++) {
      let s = 0;
      for (let p = 0; p < a.shape[1]; p++) s += a.get(i, p) * b.get(p, j);
      out.set([i, j], s);
    }
  return out;
}

function inv2(m: NDArray): NDArray {
  const det = m.get(0, 0) * m.get(1, 1) - m.get(0, 1) * m.get(1, 0);
  return array([[m.get(1, 1), -m.get(0, 1)], [-m.get(1, 0), m.get(0, 0)]]).div(det);
}

interface UpdateReport { nis: number; priorPosTrace: number; sigmas: number[] }

class Track {
  x: NDArray;
  P: NDArray;
  readonly R = eye(2).mul(4);
  twin: Track | null = null;
  reports: UpdateReport[] = [];

  constructor(x0: NDArray) {
    this.x = x0.copy();
    this.P = eye(4).mul(100);
  }

  update(z: NDArray): number {
    const innov = z.sub(this.x.slice("0:2"));
    const posCov = this.P.slice("0:2", "0:2");
    const Sinv = inv2(posCov.add(this.R));
    const nis = matmul(matmul(innov.reshape(1, 2), Sinv), innov.reshape(2, 1)).get(0, 0);
    if (nis > 13.8) return nis;

    const sigmas = this.P.diagonal().copy();
    const K = matmul(this.P.slice(":", "0:2"), Sinv);
    this.x.iadd(matmul(K, innov.reshape(2, 1)).ravel());
    this.P.isub(matmul(K, this.P.slice("0:2", ":"))); // expect: no-view-mutation

    this.reports.push({
      nis,
      priorPosTrace: posCov.get(0, 0) + posCov.get(1, 1),
      sigmas: sigmas.tolist() as number[],
    });
    return nis;
  }
}

function spawnTwins(detection: NDArray): [Track, Track] {
  const fast = new Track(array([detection.get(0), detection.get(1), 5, 0]));
  const slow = new Track(array([detection.get(0), detection.get(1), 0, 0]));
  fast.twin = slow;
  slow.twin = fast; // expect: no-reference-cycle
  return [fast, slow];
}

const [a, b] = spawnTwins(array([120, 40]));
for (const z of [array([121, 40.5]), array([126, 40.2]), array([131, 39.8])]) {
  console.log("nis fast:", a.update(z).toFixed(2), "nis slow:", b.update(z).toFixed(2));
}
console.log("fast reports:", a.reports, "slow state:", b.x.tolist());
