// Reads what tests need from image files without a decoder: a PNG's size from its IHDR, and a GIF's
// structure (screen size, colour tables, one entry per frame) by walking its blocks as GIF89a lays
// them out, so a truncated or malformed file fails to parse instead of being counted.

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (![...png.subarray(0, 8)].every((b, i) => b === PNG_SIGNATURE[i])) throw new Error('not a PNG signature');
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('the first chunk is not IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface GifFrame {
  width: number;
  height: number;
  /** Hundredths of a second, from the frame's graphic control extension (null without one). */
  delay: number | null;
  localColorTable: boolean;
}

export interface GifStructure {
  version: string;
  width: number;
  height: number;
  globalColors: number;
  /** The global colour table, as [r, g, b]. */
  palette: [number, number, number][];
  loops: boolean;
  frames: GifFrame[];
}

export function gifStructure(gif: Uint8Array): GifStructure {
  const view = new DataView(gif.buffer, gif.byteOffset, gif.byteLength);
  const version = String.fromCharCode(...gif.subarray(0, 6));
  if (version !== 'GIF89a' && version !== 'GIF87a') throw new Error(`not a GIF header: ${JSON.stringify(version)}`);
  const width = view.getUint16(6, true);
  const height = view.getUint16(8, true);
  const packed = gif[10] as number;
  const globalColors = packed & 0x80 ? 2 ** ((packed & 0x07) + 1) : 0;
  const palette = Array.from({ length: globalColors }, (_, i) => [...gif.subarray(13 + 3 * i, 16 + 3 * i)] as [number, number, number]);
  let at = 13 + globalColors * 3;
  const byte = (i: number) => {
    if (i >= gif.length) throw new Error(`the GIF ends early, at byte ${i}`);
    return gif[i] as number;
  };
  const skipSubBlocks = () => {
    for (let size = byte(at); size !== 0; size = byte(at)) at += size + 1;
    at += 1;
  };
  const frames: GifFrame[] = [];
  let delay: number | null = null;
  let loops = false;
  for (;;) {
    const introducer = byte(at);
    if (introducer === 0x3b) break; // trailer
    if (introducer === 0x21) {
      const label = byte(at + 1);
      if (label === 0xf9) delay = view.getUint16(at + 4, true);
      if (label === 0xff && String.fromCharCode(...gif.subarray(at + 3, at + 14)) === 'NETSCAPE2.0') loops = true;
      at += 2;
      skipSubBlocks();
    } else if (introducer === 0x2c) {
      const fw = view.getUint16(at + 5, true);
      const fh = view.getUint16(at + 7, true);
      const fpacked = byte(at + 9);
      const local = (fpacked & 0x80) !== 0;
      at += 10 + (local ? 3 * 2 ** ((fpacked & 0x07) + 1) : 0);
      at += 1; // LZW minimum code size
      skipSubBlocks();
      frames.push({ width: fw, height: fh, delay, localColorTable: local });
      delay = null;
    } else throw new Error(`unexpected block 0x${introducer.toString(16)} at byte ${at}`);
  }
  if (at !== gif.length - 1) throw new Error(`${gif.length - 1 - at} bytes after the trailer`);
  return { version, width, height, globalColors, palette, loops, frames };
}
