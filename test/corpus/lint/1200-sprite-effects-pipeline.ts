// Sprite effects for a 2-D engine: mirroring, tinting, a scanline filter and a frame clear, composed before blitting to the screen.
import { array, zeros, NDArray } from "ndalias";

type Effect = (sprite: NDArray) => NDArray;

interface Frame {
  readonly pixels: NDArray;
  readonly tick: number;
}

function mirror(sprite: NDArray): NDArray {
  return sprite.flip(1).copy();
}

function tint(k: number): Effect {
  return (sprite) => {
    const out = sprite.mul(k);
    for (let i = 0; i < out.size; i++) {
      const v = out.data[i] as number;
      if (v > 255) out.data[i] = 255;
    }
    return out;
  };
}

function scanlines(sprite: NDArray): NDArray {
  const evenRows = sprite.slice("::2");
  evenRows.imul(0.5); // expect: no-view-mutation
  return sprite;
}

function invert(sprite: NDArray): NDArray {
  const out = sprite.mul(-1);
  out.iadd(255);
  return out;
}

const chain =
  (...effects: Effect[]): Effect =>
  (sprite) =>
    effects.reduce((acc, fx) => fx(acc), sprite);

function blit(frame: Frame, sprite: NDArray, row: number, col: number): Frame {
  const pixels = frame.pixels.copy();
  const [h, w] = sprite.shape;
  pixels.slice(`${row}:${row + h}, ${col}:${col + w}`).assign(":", sprite);
  return { pixels, tick: frame.tick };
}

function clearFrame(frame: Frame): Frame {
  const pixels = frame.pixels.flatten();
  pixels.fill(0); // expect: no-lost-write
  return { ...frame, tick: frame.tick + 1 };
}

function brightness(frame: Frame): number {
  return frame.pixels.mean();
}

const hero = array([
  [0, 40, 40, 0],
  [40, 200, 200, 40],
  [40, 220, 180, 40],
  [0, 60, 60, 0],
]);

const heroLeft = mirror(hero);
const ghost = chain(tint(0.4), invert)(hero);
const crt = chain(tint(1.3), scanlines);

let frame: Frame = { pixels: zeros([6, 12]), tick: 0 };
frame = blit(frame, crt(hero), 1, 0);
frame = blit(frame, heroLeft, 1, 4);
frame = blit(frame, ghost, 1, 8);

console.log("tick", frame.tick, "brightness", brightness(frame).toFixed(1));
console.log(frame.pixels.tolist());

const next = clearFrame(frame);
console.log("tick", next.tick, "brightness after clear", brightness(next).toFixed(1));
console.log("hero sprite unchanged:", hero.tolist());
