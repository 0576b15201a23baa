// One live preview of an embed: the snippet's address in a sandboxed frame of a given width, drawn
// smaller; as tall as the map asks (as embed.js would make it) or as the fixed form says.
import { useEffect, useRef, useState } from 'preact/hooks';
import { resizeHeight } from './resize-message';

export interface PreviewFrameProps {
  src: string;
  /** The frame's accessible name ("Preview at phone width"). */
  title: string;
  caption: string;
  /** The width the embed is laid out at, CSS px. */
  width: number;
  /** How much smaller it is drawn (1: full size). */
  scale: number;
  /** The fixed form's height, or the height until the map asks for one. */
  height: number;
  /** Whether the frame takes the height the map asks for (the responsive and AMP forms). */
  followsMap: boolean;
}

export function PreviewFrame({ src, title, caption, width, scale, height, followsMap }: PreviewFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [asked, setAsked] = useState<number | null>(null);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      // Only this frame's own map: the other preview, and anyone else, ask for nothing here.
      if (!frame.current || e.source !== frame.current.contentWindow) return;
      const wanted = resizeHeight(e.data);
      if (wanted !== null) setAsked(wanted);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  const shown = followsMap ? asked ?? height : height;
  return (
    <figure class="embed-preview-item">
      <div class="embed-preview-box" style={{ width: `${Math.round(width * scale)}px`, height: `${Math.round(shown * scale)}px` }}>
        {/* A picture of the embed, not a second map to use: inert, so neither Tab nor a click goes in. */}
        <iframe ref={frame} src={src} title={title} width={width} height={shown} tabIndex={-1} inert
          sandbox="allow-scripts allow-popups" style={{ transform: `scale(${scale})` }} />
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
