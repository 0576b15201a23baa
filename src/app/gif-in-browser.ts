// An animation encoded as GIF in the page, one frame at a time: each frame is drawn, quantised to
// the palette of the first, appended and dropped, so memory stays flat however long the range.
import { GIFEncoder, applyPalette, quantize } from 'gifenc';

export interface GifFrames {
  width: number;
  height: number;
  /** The number of frames. */
  count: number;
  /** Draws frame i (0-based) and returns its canvas. */
  draw: (i: number) => Promise<HTMLCanvasElement>;
  /** How long each frame shows, ms. */
  delay: number;
}

/** Thrown when the reader cancels. */
export class Cancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'Cancelled';
  }
}

/** Encodes every frame; `onProgress` hears after each; `signal` cancels between frames. */
export async function encodeGif(frames: GifFrames, { onProgress, signal }: { onProgress?: (done: number) => void; signal?: AbortSignal } = {}): Promise<Blob> {
  const encoder = GIFEncoder({ auto: false });
  encoder.writeHeader();
  const parts: BlobPart[] = [];
  let palette: number[][] | null = null;
  for (let i = 0; i < frames.count; i++) {
    if (signal?.aborted) throw new Cancelled();
    const canvas = await frames.draw(i);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot read a canvas back.');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    // One palette for every frame, from the first: colours that do not shift between frames.
    palette ??= quantize(data, 256);
    const indexed = applyPalette(data, palette);
    encoder.writeFrame(indexed, canvas.width, canvas.height, { palette, delay: frames.delay, first: i === 0, repeat: 0 });
    // Hand the bytes so far to a Blob part and start the encoder's buffer afresh.
    parts.push(encoder.bytes());
    encoder.reset();
    onProgress?.(i + 1);
    // Let the page breathe (progress, Cancel) between frames.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  encoder.finish();
  parts.push(encoder.bytes());
  return new Blob(parts, { type: 'image/gif' });
}
