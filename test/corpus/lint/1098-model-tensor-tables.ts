// Keeps a model's named tensors in object-dtype tables grouped by module, warm-restarts the encoder and exports a quantised copy.
import { array, empty, NDArray } from "ndalias";

interface ModelSpec {
  encoder: NDArray[];
  decoder: NDArray[];
}

function makeGroup(tensors: NDArray[]): NDArray {
  const group = empty(tensors.length, "object");
  tensors.forEach((t, i) => {
    group.set(i, t);
  });
  return group;
}

function buildModel(spec: ModelSpec): NDArray {
  const model = empty(3, "object");
  model.set(0, makeGroup(spec.encoder));
  model.set(1, makeGroup(spec.decoder));
  const meta = empty(2, "object");
  meta.set(0, array([spec.encoder.length, spec.decoder.length]));
  meta.set(1, model);
  model.set(2, meta); // expect: no-reference-cycle
  return model;
}

function groupNorm(group: NDArray): number {
  let total = 0;
  for (let i = 0; i < group.size; i++) {
    const t: NDArray = group.get(i);
    total += t.mul(t).sum();
  }
  return Math.sqrt(total);
}

function exportQuantized(model: NDArray, scale: number): NDArray[] {
  const out: NDArray[] = [];
  for (let g = 0; g < 2; g++) {
    const group: NDArray = model.get(g);
    for (let i = 0; i < group.size; i++) {
      const t: NDArray = group.get(i);
      const q = t.mul(scale);
      for (let k = 0; k < q.size; k++) {
        q.data[k] = Math.max(-127, Math.min(127, Math.round(q.data[k] as number)));
      }
      out.push(q.astype("int8"));
    }
  }
  return out;
}

function archive(models: NDArray[]): NDArray {
  const shelf = empty(models.length, "object");
  models.forEach((m, i) => {
    shelf.set(i, m);
  });
  return shelf;
}

const encW = array([[0.12, -0.31], [0.44, 0.08]]);
const encB = array([0.01, -0.02]);
const decW = array([[0.5, -0.5], [0.25, 0.75]]);
const decB = array([0.3, 0.1]);

const model = buildModel({ encoder: [encW, encB], decoder: [decW, decB] });
console.log("encoder norm:", groupNorm(model.get(0)).toFixed(4));
console.log("decoder norm:", groupNorm(model.get(1)).toFixed(4));

// Warm restart: shrink the encoder weights toward zero before fine-tuning.
encW.flatten().imul(0.9); // expect: no-lost-write

// Reset the decoder bias; it is re-learned from scratch.
decB.fill(0);

// Keep two generations of the model on a shelf for comparison.
const shelf = archive([model, model]);
console.log("shelf holds", shelf.size, "model references");

const exported = exportQuantized(model, 100);
for (const q of exported) {
  console.log(q.dtype, q.shape.join("x"), q.tolist());
}
console.log("encoder weights:", encW.tolist());
console.log("decoder bias:", decB.tolist());
console.log("counts:", (model.get(2) as NDArray).get(0).tolist());
