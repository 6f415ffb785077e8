// Event-driven tile preprocessing: handlers clamp, zero the border and normalise each incoming tile in place before it is rendered.
import { array, NDArray } from "ndalias";

type Handler = (tile: NDArray) => void;

class TileBus {
  private handlers: Handler[] = [];

  on(h: Handler): this {
    this.handlers.push(h);
    return this;
  }

  publish(tile: NDArray): void {
    for (const h of this.handlers) h(tile);
  }
}

const clampTile: Handler = (tile) => {
  for (let i = 0; i < tile.size; i++) {
    const v = tile.data[i] as number;
    tile.data[i] = Math.min(255, Math.max(0, v));
  }
};

const zeroBorder: Handler = (tile) => {
  tile.slice(0).fill(0);
  tile.slice(-1).fill(0);
  tile.slice(":", 0).fill(0);
  tile.slice(":", -1).fill(0);
};

const normalise: Handler = (tile) => tile.idiv(255);

const rendered: string[] = [];
const render: Handler = (tile) => {
  rendered.push(JSON.stringify(tile.tolist()));
};

const bus = new TileBus().on(clampTile).on(zeroBorder).on(normalise).on(render);

const tile = array([
  [12, 300, 40, 8],
  [-5, 128, 64, 90],
  [7, 255, 510, 3],
  [1, 2, 3, 4],
]);
bus.publish(tile);

const interior = tile.slice("1:-1", "1:-1");
console.log("interior mean after preprocessing:", interior.mean().toFixed(3));

const tiles = [array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), array([[400, 0, 9], [0, 400, 9], [9, 9, 9]])];
tiles.forEach((t) => t.imul(2));
tiles.forEach(bus.publish.bind(bus));

console.log("rendered tiles:", rendered);
console.log("second batch totals:", tiles.map((t) => t.sum()));
