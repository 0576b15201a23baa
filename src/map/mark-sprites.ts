// A crowded map's marks stamped from small pre-drawn images, one per look (colour, shape, fade,
// pixel ratio): copying a few thousand small images costs a canvas far less, to record and to
// rasterise, than filling and stroking a path of a few thousand shapes on every time step.
import { traceMark, type MarkShape } from '../marks/mark-shapes';

export interface SpriteLook {
  colour: string;
  shape: MarkShape;
  /** 0–1: the mark's fade (its fill is a little lighter than its outline, as when drawn directly). */
  alpha: number;
  /** The shape's radius, in CSS pixels. */
  radius: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

export interface Sprite {
  /** Drawn 1:1, its top-left corner at a whole device pixel; as a bitmap where the page can make one, which a canvas copies without first taking a snapshot of it. */
  image: HTMLCanvasElement | ImageBitmap;
  /** From the sprite's top-left corner to the mark's centre, in CSS pixels (the sprite is twice this across). */
  half: number;
}

const sprites = new Map<string, Sprite | null>();

/** The sprite for a look (made on first use), or null where the page can draw no canvas. */
export function markSprite(look: SpriteLook): Sprite | null {
  const key = `${look.colour}|${look.shape}|${look.alpha}|${look.radius}|${look.ratio}`;
  let sprite = sprites.get(key);
  if (sprite === undefined) {
    sprite = drawSprite(look);
    sprites.set(key, sprite);
  }
  return sprite;
}

function drawSprite({ colour, shape, alpha, radius, ratio }: SpriteLook): Sprite | null {
  // The triangle reaches 1.15 radii from the centre, and the outline half a pixel beyond.
  const half = Math.ceil(radius * 1.2 + 1);
  const side = Math.ceil(2 * half * ratio);
  const image = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(side, side) : Object.assign(document.createElement('canvas'), { width: side, height: side });
  const ctx = image.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.beginPath();
  traceMark(ctx, shape, half, half, radius);
  ctx.fillStyle = colour;
  ctx.globalAlpha = 0.8 * alpha;
  ctx.fill();
  ctx.globalAlpha = alpha;
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  return { image: image instanceof HTMLCanvasElement ? image : image.transferToImageBitmap(), half };
}
