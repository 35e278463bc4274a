// Draws media/icon.png (128×128): two overlapping pages, the front one with a check mark — "cross-checked
// sources". Pure Node (zlib), anti-aliased with signed distances, so it needs no image tool.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { REPO } from './codeServer.mjs';

const N = 128;
const px = new Float32Array(N * N * 4); // premultiplied RGBA in [0,1]

function roundRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  const inside = x >= x0 && x <= x1 && y >= y0 && y <= y1;
  const d = Math.hypot(x - cx, y - cy) - r;
  if (inside && (x >= x0 + r && x <= x1 - r || y >= y0 + r && y <= y1 - r)) return -Math.min(x - x0, x1 - x, y - y0, y1 - y);
  return d;
}
function segment(x, y, ax, ay, bx, by, w) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - w / 2;
}
function paint(sdf, [r, g, b, a = 1]) {
  for (let y = 0; y < N; y++) for (let x = 0; x < N; x++) {
    const cov = Math.max(0, Math.min(1, 0.5 - sdf(x + 0.5, y + 0.5))) * a;
    if (!cov) continue;
    const i = (y * N + x) * 4;
    px[i] = r * cov + px[i] * (1 - cov);
    px[i + 1] = g * cov + px[i + 1] * (1 - cov);
    px[i + 2] = b * cov + px[i + 2] * (1 - cov);
    px[i + 3] = cov + px[i + 3] * (1 - cov);
  }
}
const hex = (h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16) / 255);

paint((x, y) => roundRect(x, y, 4, 4, 124, 124, 24), hex('#1f3a5f'));            // tile
paint((x, y) => roundRect(x, y, 22, 18, 78, 90, 6), hex('#9fb6d3'));             // back page
for (const ly of [32, 44, 56]) paint((x, y) => segment(x, y, 32, ly, 68, ly, 5), hex('#6f8db3'));
paint((x, y) => roundRect(x, y, 46, 36, 106, 110, 6), hex('#ffffff'));           // front page
for (const ly of [50, 62]) paint((x, y) => segment(x, y, 56, ly, 96, ly, 5), hex('#c5d1e0'));
paint((x, y) => Math.min(segment(x, y, 60, 84, 72, 96, 10), segment(x, y, 72, 96, 96, 70, 10)), hex('#2e9d4f')); // check

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) {
    const i = (y * N + x) * 4, a = px[i + 3], o = y * (N * 4 + 1) + 1 + x * 4;
    for (let c = 0; c < 3; c++) raw[o + c] = Math.round(a ? (px[i + c] / a) * 255 : 0);
    raw[o + 3] = Math.round(a * 255);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => { let c = ~0; for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8); return ~c >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6;
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(REPO, 'media/icon.png'), png);
console.log(`media/icon.png: ${png.length} bytes`);
