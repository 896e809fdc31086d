// The toolbar and store icons, drawn here and written as PNGs (`npm run icons`): one source for
// every size, so a change to the mark is a change to this file. A white tick on a deep blue page
// with its corner folded, a case record done: legible at 16 px (tick on blue about 11:1), the
// same blue as the extension's buttons.
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import { join, resolve } from 'node:path';
import { runWhenMain } from './cli.mjs';

export const ICON_SIZES = [16, 32, 48, 128];
export const ICON_DIR = resolve(import.meta.dirname, '../public/icon');

const BLUE = [0x1d, 0x3b, 0x63];
const WHITE = [0xff, 0xff, 0xff];
/** The folded corner's flap: lighter, so the page reads as a page. */
const FLAP = [0x9d, 0xb4, 0xd3];
const FOLD = 0.28;
/** The tick, in a unit square: down to the heel, then up to the right. */
const TICK = [[0.22, 0.56], [0.41, 0.75], [0.75, 0.39]];
/** Thick enough to read at 16 px (2.3 px there). */
const TICK_WIDTH = 0.145;
const CORNER = 0.2;
/** Samples per pixel side: edges are smoothed, not jagged. */
const SAMPLES = 8;

function insideRoundedSquare(x, y) {
  const dx = Math.max(CORNER - x, 0, x - (1 - CORNER));
  const dy = Math.max(CORNER - y, 0, y - (1 - CORNER));
  return dx * dx + dy * dy <= CORNER * CORNER;
}

/** The corner beyond the fold is cut away; the flap is the triangle folded down inside it. */
const beyondFold = (x, y) => x - y > 1 - FOLD;
const onFlap = (x, y) => x > 1 - FOLD && y < FOLD && !beyondFold(x, y);

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function onTick(x, y) {
  return Math.min(distanceToSegment(x, y, TICK[0], TICK[1]), distanceToSegment(x, y, TICK[1], TICK[2])) <= TICK_WIDTH / 2;
}

/** The icon's pixels at `size`, RGBA, row by row. */
export function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let tick = 0;
      let flap = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y) || beyondFold(x, y)) continue;
          square += 1;
          if (onTick(x, y)) tick += 1;
          else if (onFlap(x, y)) flap += 1;
        }
      }
      const at = (py * size + px) * 4;
      const [white, light] = square ? [tick / square, flap / square] : [0, 0];
      for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(BLUE[c] * (1 - white - light) + WHITE[c] * white + FLAP[c] * light);
      pixels[at + 3] = Math.round((255 * square) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of RGBA pixels: 8 bits a channel, no filtering (the icons are tiny). */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

runWhenMain(import.meta.url, () => {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(ICON_DIR, `${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
  return 0;
});
