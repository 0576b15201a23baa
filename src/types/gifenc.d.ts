// Types for gifenc 1.0.3 (it ships none): the parts of its documented API this project uses.
declare module 'gifenc' {
  export type Palette = number[][];
  export type PixelFormat = 'rgb565' | 'rgb444' | 'rgba4444';
  /** RGBA pixels: a canvas's (clamped) or resvg's. */
  export type Pixels = Uint8Array | Uint8ClampedArray;
  export interface FrameOptions {
    palette?: Palette | null;
    delay?: number;
    repeat?: number;
    first?: boolean;
    transparent?: boolean;
    transparentIndex?: number;
    colorDepth?: number;
    dispose?: number;
  }
  export interface Encoder {
    writeHeader(): void;
    writeFrame(index: Uint8Array, width: number, height: number, options?: FrameOptions): void;
    finish(): void;
    bytesView(): Uint8Array<ArrayBuffer>;
    bytes(): Uint8Array<ArrayBuffer>;
    reset(): void;
  }
  export interface QuantizeOptions {
    format?: PixelFormat;
    oneBitAlpha?: boolean | number;
    clearAlpha?: boolean;
    clearAlphaThreshold?: number;
    clearAlphaColor?: number;
  }
  export function GIFEncoder(options?: { initialCapacity?: number; auto?: boolean }): Encoder;
  export function quantize(rgba: Pixels, maxColors: number, options?: QuantizeOptions): Palette;
  export function applyPalette(rgba: Pixels, palette: Palette, format?: PixelFormat): Uint8Array;
  const gifenc: { GIFEncoder: typeof GIFEncoder; quantize: typeof quantize; applyPalette: typeof applyPalette };
  export default gifenc;
}
