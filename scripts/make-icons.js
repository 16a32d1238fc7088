#!/usr/bin/env node
/*
 * Draws the add-in icons (assets/icon-<size>.png): three rising white bars and a baseline on a
 * teal rounded square. Node built-ins only (zlib for PNG), so `node scripts/make-icons.js`
 * redraws the committed files (identical pixels; bytes depend only on zlib).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const TEAL = [0, 128, 128];
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 8; // 8×8 samples per pixel for smooth edges

/** Shapes in unit coordinates (0..1): the rounded square, then white bars and baseline. */
const CORNER = 0.2;
const BARS = [
  { x0: 0.22, x1: 0.36, y0: 0.52, y1: 0.76 },
  { x0: 0.43, x1: 0.57, y0: 0.38, y1: 0.76 },
  { x0: 0.64, x1: 0.78, y0: 0.22, y1: 0.76 },
  { x0: 0.18, x1: 0.82, y0: 0.79, y1: 0.83 }, // baseline
];

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function insideBar(x, y) {
  return BARS.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1);
}

/** Straight-alpha RGBA pixels of one icon; alpha and colour are averaged over the supersamples. */
function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideBar(x, y)) bar++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (square === 0) continue;
      const w = bar / square; // share of white within the covered part
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(TEAL[c] * (1 - w) + WHITE[c] * w);
      rgba[i + 3] = Math.round((255 * square) / (n * n));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as an 8-bit truecolour-with-alpha PNG (filter 0 on every row). */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++)
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = path.join(outDir, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
