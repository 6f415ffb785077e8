// A module tree (a Sequential of Linear layers) that names parameters by path, re-initialises them via apply() and exports a state dict.
import { array, empty, NDArray, ones, zeros } from "ndalias";

function matvec(w: NDArray, x: NDArray): NDArray {
  const out = zeros(w.shape[1]);
  for (let j = 0; j < w.shape[1]; j++) {
    let acc = 0;
    for (let i = 0; i < w.shape[0]; i++) acc += x.get(i) * w.get(i, j);
    out.set(j, acc);
  }
  return out;
}

abstract class Module {
  readonly children: Module[] = [];
  parentName = "";
  constructor(readonly name: string) {}

  addModule<M extends Module>(child: M): M {
    this.children.push(child);
    child.parentName = this.name;
    return child;
  }

  namedParameters(prefix = ""): [string, NDArray][] {
    const path = `${prefix}${this.name}`;
    const own = this.ownParameters().map(([n, p]): [string, NDArray] => [`${path}.${n}`, p]);
    return own.concat(...this.children.map((c) => c.namedParameters(`${path}.`)));
  }

  apply(fn: (m: Module) => void): void {
    for (const c of this.children) c.apply(fn);
    fn(this);
  }

  abstract ownParameters(): [string, NDArray][];
  abstract forward(x: NDArray): NDArray;
}

class Linear extends Module {
  weight: NDArray;
  bias: NDArray;
  constructor(name: string, inFeatures: number, outFeatures: number) {
    super(name);
    this.weight = ones([inFeatures, outFeatures]);
    this.bias = zeros(outFeatures);
  }
  ownParameters(): [string, NDArray][] {
    return [["weight", this.weight], ["bias", this.bias]];
  }
  forward(x: NDArray): NDArray {
    return matvec(this.weight, x).add(this.bias);
  }
}

class Sequential extends Module {
  ownParameters(): [string, NDArray][] {
    return [];
  }
  forward(x: NDArray): NDArray {
    let h = x;
    for (const c of this.children) h = c.forward(h);
    return h;
  }
}

const model = new Sequential("net");
model.addModule(new Linear("fc1", 3, 4));
const head = model.addModule(new Linear("head", 4, 2));

model.apply((m) => {
  if (m instanceof Linear) {
    m.weight.imul(1 / m.weight.shape[0]);
    m.bias.fill(0.01);
  }
});

const named = model.namedParameters();
const stateDict = empty(named.length, "object");
named.forEach(([, p], i) => {
  stateDict.set(i, p.copy());
});

const x = array([1, -2, 0.5]);
console.log("output:", model.forward(x).tolist());
console.log("head belongs to:", head.parentName);
named.forEach(([n], i) => {
  const saved: NDArray = stateDict.get(i);
  console.log(n, saved.shape, saved.sum().toFixed(3));
});
