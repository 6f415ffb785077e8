// Logistic-regression training with lr schedules, gradient clipping, momentum, a previous-weights buffer and an early swap-and-stop.
import { array, zeros, NDArray } from "ndalias";
const x = array([[1, 0.5], [1, -1], [1, 2], [1, 0.1]]);
const y = array([1, 0, 1, 1]);
let w: NDArray = zeros(2);
let wPrev: NDArray = zeros(2);
const velocity = zeros(2);
let lr = 0.5;
const history: number[] = [];
for (let epoch = 0; epoch < 30; epoch++) {
  const grad = zeros(2);
  for (let i = 0; i < x.shape[0]; i++) {
    const row = x.slice(i);
    const p = 1 / (1 + Math.exp(-row.mul(w).sum()));
    if (p > 0.99) continue;
    grad.iadd(row.mul(p - y.get(i)));
  }
  const norm = Math.sqrt(grad.mul(grad).sum());
  if (norm > 1) grad.idiv(norm);
  else if (norm < 1e-6) break;
  switch (epoch % 3) {
    case 0:
      lr *= 0.95;
      break;
    case 1:
      velocity.imul(0.9);
      break;
    default:
      velocity.fill(0);
  }
  velocity.iadd(grad.mul(lr));
  wPrev.assign(":", w);
  w.isub(velocity);
  if (epoch % 10 === 0) history.push(w.sub(wPrev).sum());
  if (history.length > 2 && Math.abs(history[history.length - 1]) < 1e-4) {
    [w, wPrev] = [wPrev, w];
    break;
  }
}
console.log("weights:", w.tolist(), "previous:", wPrev.tolist(), "history:", history);
