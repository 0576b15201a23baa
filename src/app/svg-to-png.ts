// A picture's SVG drawn into a canvas by the browser itself, for PNG downloads and animation frames.
// The browser lays the text out, Arabic shaping and right-to-left order included.

/** Draws `svg` (width × height CSS pixels) at `scale` into a fresh canvas. */
export async function svgToCanvas(svg: string, width: number, height: number, scale = 1): Promise<HTMLCanvasElement> {
  const image = new Image(width, height);
  // A data: address, which the page's Content Security Policy already allows for images (blob: it does not).
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw into a canvas.');
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** The canvas as PNG bytes. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded as PNG.'))), 'image/png');
  });
}
