/**
 * Draws the add-in icon (a clipboard holding a small bar chart: a report) at every size Office asks
 * for, and writes assets/icon-<size>.png. Node only: shapes are sampled 4×4 per pixel for smooth
 * edges and written through a small PNG encoder over zlib. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Shape = { x0: number; y0: number; x1: number; y1: number; radius: number; colour: Rgba };

/** Sizes the manifest uses (16, 32, 80 for buttons; 64 high resolution), hi-dpi ones, and 128. */
export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

const BOARD: Rgba = [31, 92, 122, 255];
const CLIP: Rgba = [96, 108, 122, 255];
const PAPER: Rgba = [255, 255, 255, 255];
const LINE: Rgba = [140, 152, 166, 255];
const BAR: Rgba = [217, 130, 43, 255];

/** The icon in unit coordinates, painted in order (later shapes on top). */
const SHAPES: Shape[] = [
  { x0: 0.14, y0: 0.1, x1: 0.86, y1: 0.96, radius: 0.09, colour: BOARD },
  { x0: 0.23, y0: 0.2, x1: 0.77, y1: 0.88, radius: 0.03, colour: PAPER },
  { x0: 0.35, y0: 0.04, x1: 0.65, y1: 0.2, radius: 0.05, colour: CLIP },
  { x0: 0.31, y0: 0.29, x1: 0.69, y1: 0.35, radius: 0.02, colour: LINE },
  { x0: 0.31, y0: 0.4, x1: 0.58, y1: 0.46, radius: 0.02, colour: LINE },
  { x0: 0.31, y0: 0.64, x1: 0.41, y1: 0.8, radius: 0.01, colour: BAR },
  { x0: 0.45, y0: 0.55, x1: 0.55, y1: 0.8, radius: 0.01, colour: BAR },
  { x0: 0.59, y0: 0.5, x1: 0.69, y1: 0.8, radius: 0.01, colour: BAR },
];

function inside(shape: Shape, x: number, y: number): boolean {
  if (x < shape.x0 || x > shape.x1 || y < shape.y0 || y > shape.y1) return false;
  const cx = Math.min(Math.max(x, shape.x0 + shape.radius), shape.x1 - shape.radius);
  const cy = Math.min(Math.max(y, shape.y0 + shape.radius), shape.y1 - shape.radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= shape.radius ** 2;
}

/** Renders the icon as straight RGBA rows, 4×4 samples per pixel averaged for anti-aliasing. */
export function renderIcon(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const top = [...SHAPES].reverse().find((shape) => inside(shape, x, y));
          if (top) top.colour.forEach((c, i) => (sum[i] += i < 3 ? c * top.colour[3] : c));
        }
      }
      const n = samples * samples;
      const alpha = sum[3] / n;
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i += 1) pixels[at + i] = alpha > 0 ? Math.round(sum[i] / sum[3]) : 0;
      pixels[at + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA rows as a PNG: 8-bit colour with alpha, no filtering, one IDAT. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const out = join(__dirname, '..', 'assets');
  for (const size of ICON_SIZES) {
    writeFileSync(join(out, `icon-${size}.png`), encodePng(size, renderIcon(size)));
  }
  process.stdout.write(`Wrote ${ICON_SIZES.length} icons to ${out}\n`);
}
