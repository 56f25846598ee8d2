// Draws the Certplan icon — a calm blue rounded square with a white check mark — and writes it as
// assets/icon.svg, assets/icon.png (512×512) and assets/icons/<n>x<n>.png for Linux. Each PNG is
// rendered at its own size from the same geometry (not scaled down), with node:zlib only.
//
//   node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

// Geometry in a 512×512 design space.
const BOX = { x: 40, y: 40, size: 432, radius: 100 };
const GRADIENT = { top: [0x4a, 0x86, 0xc8], bottom: [0x2b, 0x5f, 0xa3] };
const CHECK = { points: [[152, 266], [224, 338], [362, 188]], width: 52 };

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function svg() {
  const [p0, p1, p2] = CHECK.points;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Certplan</title>
  <defs>
    <linearGradient id="bg" x1="0" y1="${BOX.y}" x2="0" y2="${BOX.y + BOX.size}" gradientUnits="userSpaceOnUse">
      <stop offset="0" stop-color="${hex(GRADIENT.top)}"/>
      <stop offset="1" stop-color="${hex(GRADIENT.bottom)}"/>
    </linearGradient>
  </defs>
  <rect x="${BOX.x}" y="${BOX.y}" width="${BOX.size}" height="${BOX.size}" rx="${BOX.radius}" fill="url(#bg)"/>
  <polyline points="${p0.join(',')} ${p1.join(',')} ${p2.join(',')}" fill="none" stroke="#ffffff"
    stroke-width="${CHECK.width}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
}

/** Signed distance (design units) from a point to the rounded square; negative inside. */
function boxDistance(x, y) {
  const half = BOX.size / 2;
  const cx = BOX.x + half;
  const cy = BOX.y + half;
  const qx = Math.abs(x - cx) - (half - BOX.radius);
  const qy = Math.abs(y - cy) - (half - BOX.radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - BOX.radius;
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Signed distance to the check stroke: round caps and joins come from distance-to-segments. */
function checkDistance(x, y) {
  const [p0, p1, p2] = CHECK.points;
  return Math.min(segmentDistance(x, y, p0, p1), segmentDistance(x, y, p1, p2)) - CHECK.width / 2;
}

/** Coverage of one pixel from a signed distance measured in pixels (one-pixel antialiasing ramp). */
const coverage = (distancePx) => Math.max(0, Math.min(1, 0.5 - distancePx));

function render(size) {
  const scale = 512 / size;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) * scale;
      const y = (py + 0.5) * scale;
      const boxAlpha = coverage(boxDistance(x, y) / scale);
      if (boxAlpha === 0) continue;
      const t = Math.max(0, Math.min(1, (y - BOX.y) / BOX.size));
      const background = GRADIENT.top.map((top, i) => top + (GRADIENT.bottom[i] - top) * t);
      // The check sits inside the box, so white over the gradient, then the box edge's alpha.
      const checkAlpha = coverage(checkDistance(x, y) / scale);
      const color = background.map((c) => c + (255 - c) * checkAlpha);
      const offset = (py * size + px) * 4;
      rgba[offset] = Math.round(color[0]);
      rgba[offset + 1] = Math.round(color[1]);
      rgba[offset + 2] = Math.round(color[2]);
      rgba[offset + 3] = Math.round(boxAlpha * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(join(ASSETS, 'icons'), { recursive: true });
writeFileSync(join(ASSETS, 'icon.svg'), svg());
writeFileSync(join(ASSETS, 'icon.png'), render(512));
for (const size of LINUX_SIZES) writeFileSync(join(ASSETS, 'icons', `${size}x${size}.png`), render(size));
console.log(`Wrote assets/icon.svg, assets/icon.png and ${LINUX_SIZES.length} sizes in assets/icons/`);
