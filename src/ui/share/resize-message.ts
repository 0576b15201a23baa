// Reads the map's request for a frame height (host-protocol's "resize"), as embed.js does.
import { PROTOCOL, PROTOCOL_VERSION } from '../../core/host-protocol';

/** The height to give the frame (CSS px, 320 to 10,000, as embed.js sets it), or null for any other message. */
export function resizeHeight(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.protocol !== PROTOCOL || d.version !== PROTOCOL_VERSION || d.type !== 'resize') return null;
  const height = d.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return null;
  return Math.max(320, Math.ceil(Math.min(height, 1e4)));
}
