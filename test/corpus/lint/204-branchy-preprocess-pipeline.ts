// Image preprocessing pipeline: stages return views (crop, flip) or modified copies (gain, clamp), and in every branch only freshly copied arrays are written.
import { array, NDArray } from "ndalias";

type Stage =
  | { kind: "crop"; rows: string }
  | { kind: "flip" }
  | { kind: "gain"; k: number }
  | { kind: "clamp"; hi: number };

function applyStage(img: NDArray, stage: Stage): NDArray {
  switch (stage.kind) {
    case "crop":
      return img.slice(stage.rows);
    case "flip":
      return img.flip(0);
    case "gain": {
      const out = img.copy();
      out.imul(stage.k);
      return out;
    }
    case "clamp": {
      const out = img.mul(1);
      for (let i = 0; i < out.shape[0]; i++) {
        for (let j = 0; j < out.shape[1]; j++) {
          if (out.get(i, j) > stage.hi) out.set([i, j], stage.hi);
        }
      }
      return out;
    }
  }
}

function runPipeline(img: NDArray, stages: Stage[]): NDArray {
  let cur = img;
  for (const s of stages) cur = applyStage(cur, s);
  return cur;
}

const photo = array([[10, 200, 30], [40, 250, 60], [70, 80, 255]]);
const preview = runPipeline(photo, [{ kind: "crop", rows: "0:2" }, { kind: "flip" }]);
const exported = runPipeline(photo, [{ kind: "gain", k: 1.2 }, { kind: "clamp", hi: 255 }]);
console.log("preview:", preview.tolist(), "exported:", exported.tolist());

let working: NDArray;
let reference: NDArray;
if (photo.max() > 250) {
  working = photo.copy();
  working.idiv(photo.max());
  reference = photo.slice(":", "1:");
} else {
  working = photo.div(255);
  reference = photo.view();
}
working.imul(100);
console.log("percent:", working.tolist(), "reference mean:", reference.mean(), "photo total:", photo.sum());

const useCrop = photo.get(0, 0) < 50;
const tile = useCrop ? photo.slice("0:2").copy() : photo.take([0, 1]);
tile.fill(0);
tile.slice(0).iadd(1);
console.log("blank tile:", tile.tolist(), "photo row 0:", photo.slice(0).tolist(), "preview again:", preview.tolist());
