// A dependency-injection container for an inference service: providers build singleton tensors, child containers fall back to their parent, and request scopes live in object-dtype tables.
import { array, empty, ones, NDArray } from "ndalias";

type Provider = (c: Container) => NDArray;

class Container {
  private readonly providers = new Map<string, Provider>();
  private readonly singletons = new Map<string, NDArray>();

  constructor(readonly name: string, readonly parent: Container | null = null) {}

  register(key: string, provider: Provider): this {
    this.providers.set(key, provider);
    return this;
  }

  resolve(key: string): NDArray {
    const cached = this.singletons.get(key);
    if (cached) return cached;
    const provider = this.providers.get(key);
    if (provider) {
      const value = provider(this);
      this.singletons.set(key, value);
      return value;
    }
    if (this.parent) return this.parent.resolve(key);
    throw new Error(`${this.name}: nothing registered for "${key}"`);
  }

  createChild(name: string): Container {
    return new Container(name, this);
  }
}

const root = new Container("root")
  .register("weights", () => array([[0.2, 0.8], [0.6, 0.4]]))
  .register("bias", () => ones(2).mul(0.1))
  .register("weightsT", (c) => c.resolve("weights").T.copy());

function infer(c: Container, x: NDArray): number[] {
  const w = c.resolve("weights");
  const b = c.resolve("bias");
  const out = b.copy();
  for (let j = 0; j < out.size; j++) {
    out.set(j, out.get(j) + w.slice(":", j).mul(x).sum());
  }
  return out.tolist() as number[];
}

function openScopes(requestId: string): { app: NDArray; request: NDArray } {
  const app = empty(3, "object");
  const request = empty(3, "object");
  app.set(0, root.resolve("weights"));
  app.set(1, root.resolve("bias"));
  request.set(0, app);
  request.set(1, array([requestId.length, Date.now() % 1000]));
  app.set(2, request); // expect: no-reference-cycle
  return { app, request };
}

const tenant = root.createChild("tenant-a").register("bias", () => array([0.0, 0.5]));
const x = array([1, 2]);
console.log("root:", infer(root, x), "tenant:", infer(tenant, x));
console.log("transposed weights:", root.resolve("weightsT").tolist());

try {
  tenant.resolve("tokenizer");
} catch (err) {
  console.log("resolution failed:", (err as Error).message);
}

const { app, request } = openScopes("req-42");
console.log("scope tables ready:", app.size, request.size);
request.dispose();
app.dispose();
