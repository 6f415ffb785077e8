// Uniform buffer manager for a toy renderer: material objects expose closures that update their own colour and matrix fields.
import { array, eye, zeros, NDArray } from "ndalias";

type Hook = (time: number) => void;

class Material {
  color: NDArray;
  model: NDArray;
  private hooks: Hook[] = [];

  constructor(readonly name: string, rgb: number[]) {
    this.color = array(rgb);
    this.model = eye(4);
  }

  onFrame(hook: Hook): void {
    this.hooks.push(hook);
  }

  tick(time: number): void {
    for (const h of this.hooks) h(time);
  }

  pulse(): Hook {
    return (time) => {
      this.color.imul(0.5 + 0.5 * Math.abs(Math.sin(time)));
    };
  }

  spin(): Hook {
    return (time) => {
      const c = Math.cos(time);
      const s = Math.sin(time);
      this.model.slice("0:2, 0:2").assign(":", array([[c, -s], [s, c]]));
    };
  }

  brightness(): number {
    this.color.iadd(0.01);
    return this.color.mean();
  }

  snapshot(): NDArray {
    const packed = zeros(4 + 16);
    packed.slice("0:3").assign(":", this.color);
    packed.assign(3, 1);
    packed.slice("4:").assign(":", this.model.ravel());
    return packed;
  }
}

function upload(label: string, buffer: NDArray): number {
  const values = buffer.tolist() as number[];
  console.log(`${label}: ${values.slice(0, 6).map((v) => v.toFixed(2)).join(" ")} ...`);
  return values.length;
}

export function renderFrames(count: number): number {
  const metal = new Material("metal", [0.8, 0.8, 0.9]);
  const glass = new Material("glass", [0.2, 0.5, 0.9]);

  metal.onFrame(metal.pulse());
  glass.onFrame(glass.spin());
  glass.onFrame((t) => {
    glass.color.fill(0.1 * t);
  });

  let uploaded = 0;
  for (let frame = 0; frame < count; frame++) {
    const t = frame * 0.25;
    metal.tick(t);
    glass.tick(t);
    uploaded += upload(`${metal.name}#${frame}`, metal.snapshot());
    uploaded += upload(`${glass.name}#${frame}`, glass.snapshot());
  }

  // arrays that never share memory: each material owns its own colour
  metal.color.fill(1);
  const glassTint = glass.color;
  console.log("glass tint:", glassTint.tolist(), "metal brightness:", metal.brightness().toFixed(3));

  // the light direction is filled before anyone else names it
  const light = zeros(3);
  light.assign(":", array([0, -1, 0.5]));
  light.idiv(Math.sqrt(light.mul(light).sum()));
  const lightUniform = light;
  uploaded += upload("light", lightUniform);
  return uploaded;
}

console.log("floats uploaded:", renderFrames(3));
