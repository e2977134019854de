// Draws the project icon (assets/icon.png, 512x512): a table of rows on a teal tile, the
// header row darker, one column highlighted as the target. Plain PNG encoding with zlib,
// so the icon can be remade without an image editor: node scripts/make-icon.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const SIZE = 512;
const px = Buffer.alloc(SIZE * SIZE * 4);
const set = (x, y, [r, g, b, a]) => px.set([r, g, b, a], (y * SIZE + x) * 4);
const TILE = [14, 116, 124, 255];
const HEADER = [8, 70, 76, 255];
const CELL = [236, 248, 246, 255];
const TARGET = [255, 183, 77, 255];
const radius = 80;
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    // Rounded corners: transparent outside a quarter circle in each corner.
    const cx = x < radius ? radius : x >= SIZE - radius ? SIZE - radius - 1 : x;
    const cy = y < radius ? radius : y >= SIZE - radius ? SIZE - radius - 1 : y;
    const inside = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
    set(x, y, inside ? TILE : [0, 0, 0, 0]);
  }
}
// A 4-column x 5-row table with 12 px gutters.
const left = 80, top = 88, cols = 4, rows = 5, gap = 12;
const cw = (SIZE - 2 * left - (cols - 1) * gap) / cols;
const ch = (SIZE - 2 * top - (rows - 1) * gap) / rows;
for (let r = 0; r < rows; r++) {
  for (let c = 0; c < cols; c++) {
    const colour = r === 0 ? HEADER : c === cols - 1 ? TARGET : CELL;
    const x0 = Math.round(left + c * (cw + gap)), y0 = Math.round(top + r * (ch + gap));
    for (let y = y0; y < y0 + ch; y++) for (let x = x0; x < x0 + cw; x++) set(x, y, colour);
  }
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}
function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) px.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
writeFileSync(fileURLToPath(new URL("../assets/icon.png", import.meta.url)), png);
console.log(`assets/icon.png ${png.length} bytes`);
