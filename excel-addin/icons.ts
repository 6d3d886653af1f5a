import { deflateSync } from 'node:zlib';

/** The ribbon and store icon sizes the manifest names. */
export const ICON_SIZES = [16, 32, 64, 80] as const;
export type IconSize = (typeof ICON_SIZES)[number];

export const iconFile = (size: IconSize): string => `assets/icon-${size}.png`;

type Rgba = readonly [number, number, number, number];
const BLUE: Rgba = [0x44, 0x72, 0xc4, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Three rising bars on a rounded blue square: a KPI chart that reads at 16 px. */
function pixel(size: number, x: number, y: number): Rgba {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return CLEAR;
  const bars = [
    { from: 0.2, to: 0.35, top: 0.58 },
    { from: 0.43, to: 0.58, top: 0.4 },
    { from: 0.66, to: 0.81, top: 0.2 },
  ];
  const onBar = bars.some((bar) => u >= bar.from && u < bar.to && v >= bar.top && v < 0.82);
  return onBar ? WHITE : BLUE;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A square RGBA PNG of the icon, drawn per pixel and deflated with node:zlib. */
export function iconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const line = y * (1 + size * 4); // each line starts with filter type 0
    for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), line + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
