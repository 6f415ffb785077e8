// Decodes a flat RGB pixel buffer into an image, builds an inverted preview, blanks red, dims blue and checksums the buffer.
import { arange } from "ndalias";

const raw = arange(0, 24);
const image = raw.reshape(2, 4, 3);
const red = image.slice("..., 0");
console.log("red mean:", red.mean());

const preview = image.copy();
preview.slice("..., 0").imul(-1).iadd(255);
console.log("preview red:", preview.slice("..., 0").tolist());

image.slice("..., 0").fill(0); // expect: no-view-mutation
const channels = [0, 1, 2].map((c) => image.slice(`..., ${c}`));
channels[2].imul(0.8); // expect: no-view-mutation
let checksum = 0;
for (let i = 0; i < raw.size; i++) checksum = (checksum + raw.get(i)) % 65521;
console.log("checksum:", checksum, "red now:", red.tolist());
