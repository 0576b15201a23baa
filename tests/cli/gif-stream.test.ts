// streamGif hands each frame's bytes over as soon as the frame is encoded (before the next frame is
// even made), and the bytes together are a valid looping GIF89a with one shared palette.
import { describe, expect, it } from 'vitest';
import { streamGif } from '../../src/cli/gif-stream';
import { gifStructure } from '../helpers/image-headers';

const WIDTH = 64;
const HEIGHT = 48;

/** A frame in one invented colour with a bar whose length counts the frame. */
function frame(i: number, colour: [number, number, number]): Uint8Array {
  const px = new Uint8Array(WIDTH * HEIGHT * 4);
  for (let p = 0; p < WIDTH * HEIGHT; p++) {
    const inBar = p % WIDTH < (i + 1) * 4 && Math.floor(p / WIDTH) < 8;
    px.set(inBar ? [0, 0, 0, 255] : [...colour, 255], p * 4);
  }
  return px;
}

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.byteLength; }
  return out;
};

describe('streamGif', () => {
  it('writes each frame before the next is made, and the writes make a valid GIF', async () => {
    const events: string[] = [];
    const writes: Uint8Array[] = [];
    function* frames() {
      for (let i = 0; i < 6; i++) {
        events.push(`make ${i}`);
        yield frame(i, i % 2 === 0 ? [200, 60, 40] : [40, 90, 200]);
      }
    }
    const sample = concat([frame(0, [200, 60, 40]), frame(5, [40, 90, 200])]);
    const result = await streamGif({
      width: WIDTH, height: HEIGHT, frames: frames(), paletteSample: sample, delay: 500,
      write: async (bytes) => { events.push('write'); writes.push(bytes.slice()); },
    });
    expect(events).toEqual(['make 0', 'write', 'make 1', 'write', 'make 2', 'write', 'make 3', 'write', 'make 4', 'write', 'make 5', 'write', 'write']);
    const gif = concat(writes);
    expect(result).toEqual({ frames: 6, bytes: gif.byteLength });
    // No single write holds more than a frame's worth (the first also carries the header and palette).
    for (const w of writes.slice(1)) expect(w.byteLength).toBeLessThan(WIDTH * HEIGHT);
    const parsed = gifStructure(gif);
    expect(parsed).toMatchObject({ version: 'GIF89a', width: WIDTH, height: HEIGHT, loops: true });
    expect(parsed.globalColors).toBeGreaterThanOrEqual(3);
    expect(parsed.frames).toHaveLength(6);
    for (const f of parsed.frames) expect(f).toEqual({ width: WIDTH, height: HEIGHT, delay: 50, localColorTable: false });
  });

  it('keeps flat colours in the shared palette (within a unit), even among thousands of others', async () => {
    const flat: [number, number, number][] = [[215, 48, 39], [69, 117, 180], [254, 224, 144], [244, 241, 234], [34, 34, 34]];
    const px = new Uint8Array(WIDTH * 10 * HEIGHT * 4);
    const pixels = px.byteLength / 4;
    for (let p = 0; p < pixels; p++) {
      // Bands of invented flat colours, speckled with 1 pixel in 7 of scattered others.
      const colour = p % 7 === 0 ? [(p * 13) & 255, (p * 7) & 255, (p * 29) & 255] : flat[Math.floor((p / pixels) * flat.length)] as number[];
      px.set([...colour, 255], p * 4);
    }
    const writes: Uint8Array[] = [];
    await streamGif({ width: WIDTH * 10, height: HEIGHT, frames: [px], paletteSample: px, delay: 100, write: async (b) => { writes.push(b.slice()); } });
    const { palette } = gifStructure(concat(writes));
    const nearest = (c: number[]) => Math.min(...palette.map((p) => Math.max(...p.map((v, i) => Math.abs(v - (c[i] as number))))));
    for (const colour of flat) expect(nearest(colour), colour.join(',')).toBeLessThanOrEqual(1);
  });

  it('refuses a frame of the wrong size, and an animation without frames', async () => {
    const write = async () => undefined;
    const sample = frame(0, [1, 2, 3]);
    await expect(streamGif({ width: WIDTH, height: HEIGHT, frames: [frame(0, [1, 2, 3]), new Uint8Array(10)], paletteSample: sample, delay: 100, write }))
      .rejects.toThrow(/frame 2 has 10 bytes, not 64×48×4/);
    await expect(streamGif({ width: WIDTH, height: HEIGHT, frames: [], paletteSample: sample, delay: 100, write })).rejects.toThrow(/at least one frame/);
  });

  it('reads pixels that sit inside a larger buffer', async () => {
    const backing = new Uint8Array(13 + WIDTH * HEIGHT * 4);
    const inside = backing.subarray(13);
    inside.set(frame(2, [10, 160, 90]));
    const writes: Uint8Array[] = [];
    await streamGif({ width: WIDTH, height: HEIGHT, frames: [inside], paletteSample: inside, delay: 100, write: async (b) => { writes.push(b.slice()); } });
    expect(gifStructure(concat(writes)).frames).toHaveLength(1);
  });
});
