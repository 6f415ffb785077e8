// Mixer channels kept as a list of independent buffers made in a loop: one channel is written while the others are read, and each element is reached by index, never through a shared alias.
import { zeros, full, NDArray } from "ndalias";

const CHANNELS = 4;
const FRAMES = 8;

function makeChannels(): NDArray[] {
  const list: NDArray[] = [];
  for (let c = 0; c < CHANNELS; c++) list.push(full(FRAMES, c + 1));
  return list;
}

function mixdown(chs: NDArray[], gains: number[]): NDArray {
  const bus = zeros(FRAMES);
  chs.forEach((ch, i) => {
    bus.iadd(ch.mul(gains[i]));
  });
  return bus;
}

const channels = makeChannels();
const gains = [1, 0.5, 0.25, 0];

channels[0].fill(0);
for (let f = 0; f < FRAMES; f += 2) channels[0].set(f, 1);
console.log("channel 1 level:", channels[1].mean(), "channel 2 peak:", channels[2].max());

const solo = channels[3];
console.log("solo channel sum:", solo.sum());

const muted = channels.map((ch, i) => (i === 3 ? ch.mul(0) : ch.copy()));
muted[1].imul(2);
console.log("muted copy 1:", muted[1].tolist(), "live channel 1:", channels[1].tolist());

const mix = mixdown(channels, gains);
console.log("mix:", mix.tolist());

let peakChannel = 0;
for (let c = 1; c < CHANNELS; c++) {
  if (channels[c].max() > channels[peakChannel].max()) peakChannel = c;
}
console.log("loudest channel:", peakChannel);

const head = channels[1].slice("0:4");
console.log("channel 1 head before reset:", head.tolist());
channels[1].fill(0.25);
console.log("channel 1 after reset:", channels[1].mean());

const meters = channels.map((ch) => ch.max());
channels[2].imul(0.5);
channels[2].iadd(0.1);
console.log("meters before trim:", meters, "trimmed channel 2:", channels[2].tolist());
