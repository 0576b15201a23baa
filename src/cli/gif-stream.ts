// Encodes frames as an animated GIF and hands over each frame's bytes as soon as it is encoded, so
// an animation of any length needs the memory of one frame, not of all of them.
import * as gifenc from 'gifenc';

// Node loads gifenc's CommonJS build, whose exports arrive as the default export; a bundler loads
// its ES module build, which has them as named exports.
const { GIFEncoder, quantize, applyPalette } = typeof gifenc.GIFEncoder === 'function' ? gifenc : gifenc.default;

export interface GifStream {
  width: number;
  height: number;
  /** Each frame's pixels (RGBA, opaque), made one at a time as the encoder asks for them. */
  frames: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
  /**
   * The pixels the one palette is chosen from (e.g. the first and last frames one after the other):
   * every frame shares it, so colours do not flicker from frame to frame.
   */
  paletteSample: Uint8Array;
  /** How long each frame shows, in milliseconds (GIF keeps hundredths of a second). */
  delay: number;
  /** Takes the next bytes of the file; the encoder reuses the buffer once the promise settles. */
  write(bytes: Uint8Array): Promise<void>;
}

/** Writes the whole GIF through `write`, a frame at a time; says how many frames and bytes. */
export async function streamGif(gif: GifStream): Promise<{ frames: number; bytes: number }> {
  // Binned at 4 bits a channel, so that choosing it takes a fraction of a second even from millions
  // of distinct colours (at 5-6-5 bits it can take seconds); each colour is still its bin's average,
  // so a flat fill comes out as itself, or within a unit where a few stray pixels share its bin.
  const palette = quantize(aligned(gif.paletteSample), 256, { format: 'rgb444' });
  // Manual mode: the header is written once, then reset() empties the buffer after each frame.
  const encoder = GIFEncoder({ auto: false });
  encoder.writeHeader();
  let frames = 0;
  let bytes = 0;
  const flush = async () => {
    const view = encoder.bytesView();
    bytes += view.byteLength;
    await gif.write(view);
    encoder.reset();
  };
  for await (const rgba of gif.frames) {
    if (rgba.byteLength !== gif.width * gif.height * 4) throw new Error(`frame ${frames + 1} has ${rgba.byteLength} bytes, not ${gif.width}×${gif.height}×4`);
    const index = applyPalette(aligned(rgba), palette);
    // The first frame carries the palette (as the global colour table) and loops the animation forever.
    encoder.writeFrame(index, gif.width, gif.height, frames === 0 ? { first: true, palette, repeat: 0, delay: gif.delay } : { delay: gif.delay });
    frames++;
    await flush();
  }
  if (frames === 0) throw new Error('an animation needs at least one frame');
  encoder.finish();
  await flush();
  return { frames, bytes };
}

/** gifenc reads the pixels through their whole ArrayBuffer: give it one that holds exactly them. */
function aligned(rgba: Uint8Array): Uint8Array {
  return rgba.byteOffset === 0 && rgba.buffer.byteLength === rgba.byteLength ? rgba : rgba.slice();
}
