// The committed icons are what scripts/icons.mjs draws: the PNGs cannot drift from their source.
// (`npm run icons` writes them again after a change to the drawing.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, encodePng, ICON_DIR, ICON_SIZES } from '../../scripts/icons.mjs';

/** Width, height and RGBA pixels of a PNG as scripts/icons.mjs writes them (8-bit RGBA, rows unfiltered). */
function decode(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('ascii', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const header = chunks.find((c) => c.type === 'IHDR')!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  const rows = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)], `row ${y} filter`).toBe(0);
    rows.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

describe('the icons', () => {
  it.each(ICON_SIZES)('%i px is the drawing, at that size', (size) => {
    const committed = decode(readFileSync(join(ICON_DIR, `${size}.png`)));
    expect([committed.width, committed.height]).toEqual([size, size]);
    expect(committed.pixels.equals(drawIcon(size)), `public/icon/${size}.png differs from scripts/icons.mjs: run npm run icons`).toBe(true);
  });

  it('reads at 16 px: the tick is white on the blue, the corners see-through', () => {
    const { pixels } = decode(encodePng(16, drawIcon(16)));
    const at = (x: number, y: number) => [...pixels.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBeLessThan(128);
    expect(at(3, 13)).toEqual([0x1d, 0x3b, 0x63, 255]);
    // The heel of the tick, nearly pure white.
    expect(Math.min(...at(6, 11).slice(0, 3))).toBeGreaterThan(230);
  });
});
