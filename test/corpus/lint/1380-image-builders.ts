// Builder-style image operations that each return a new image (padding, column normalisation, channel swap, thumbnail), chained on a test card.
import { array, zeros, arange, NDArray } from "ndalias";

export function padded(img: NDArray, border: number, value: number): NDArray {
  const [h, w] = img.shape;
  const out = zeros([h + 2 * border, w + 2 * border]);
  out.fill(value);
  out.slice(`${border}:${border + h}`, `${border}:${border + w}`).assign(":", img);
  return out;
}

export function normalizedColumns(img: NDArray): NDArray {
  const out = img.copy();
  for (let j = 0; j < img.shape[1]; j++) {
    const col = img.slice(":", j);
    const peak = col.max();
    if (peak > 0) col.idiv(peak); // expect: no-view-mutation
  }
  return out;
}

export function normalizedRows(img: NDArray): NDArray {
  const out = img.copy();
  for (let i = 0; i < out.shape[0]; i++) {
    const peak = out.slice(i).max();
    if (peak > 0) out.slice(i).idiv(peak);
  }
  return out;
}

export function swappedChannels(rgb: NDArray): NDArray {
  const out = rgb.copy();
  out.slice("..., 0").assign(":", rgb.slice("..., 2"));
  out.slice("..., 2").assign(":", rgb.slice("..., 0"));
  return out;
}

export function thumbnail(img: NDArray): NDArray {
  return img.slice("::2", "::2").copy();
}

export function brightened(img: NDArray, gain: number): NDArray {
  const out = img.mul(gain);
  for (let i = 0; i < out.size; i++) {
    if ((out.data[i] as number) > 255) out.data[i] = 255;
  }
  return out;
}

export function grayscale(rgb: NDArray): NDArray {
  const weights = [0.299, 0.587, 0.114];
  const gray = zeros(rgb.shape.slice(0, 2));
  for (let c = 0; c < 3; c++) {
    gray.iadd(rgb.slice(":", ":", c).mul(weights[c]));
  }
  return gray;
}

class ImageBuilder {
  constructor(private readonly img: NDArray) {}

  static from(img: NDArray): ImageBuilder {
    return new ImageBuilder(img.copy());
  }

  pad(border: number, value = 0): ImageBuilder {
    return new ImageBuilder(padded(this.img, border, value));
  }

  brighten(gain: number): ImageBuilder {
    return new ImageBuilder(brightened(this.img, gain));
  }

  normalizeRows(): ImageBuilder {
    return new ImageBuilder(normalizedRows(this.img));
  }

  normalizeColumns(): ImageBuilder {
    return new ImageBuilder(normalizedColumns(this.img));
  }

  build(): NDArray {
    return this.img.copy();
  }
}

const card = arange(0, 48).reshape(6, 8);
card.imul(6);

const rgb = zeros([2, 3, 3]);
rgb.slice("..., 0").fill(200);
rgb.slice("..., 2").assign(":", array([[10, 20, 30], [40, 50, 60]]));

const framed = ImageBuilder.from(card).brighten(1.5).pad(1, 255).build();
console.log("framed:", framed.shape, "max", framed.max(), "corner", framed.get(0, 0));

const rowNorm = ImageBuilder.from(card).normalizeRows().build();
console.log("row-normalised first row:", rowNorm.slice(0).tolist());

const colNorm = normalizedColumns(card);
console.log("column-normalised sum:", colNorm.sum(), "thumbnail:", thumbnail(card).tolist());
console.log("card after all builders:", card.slice(0).tolist());

const swapped = swappedChannels(rgb);
console.log("swapped red:", swapped.slice("..., 0").tolist(), "gray:", grayscale(rgb).tolist());
console.log("original rgb red:", rgb.slice("..., 0").tolist());
