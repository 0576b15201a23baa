// The Embed dialog's live previews: the embed at a phone's and a desktop's width, with the chosen
// options. Two more copies of the app, so they exist only while the preview is unfolded.
import './embed-preview.css';
import { useRef, useState } from 'preact/hooks';
import { useMoreT } from '../use-more-t';
import { PreviewFrame } from './PreviewFrame';
import { DESKTOP_WIDTH, PHONE_WIDTH, previewLayout } from './preview-layout';
import { useDebounced } from './use-debounced';
import { useElementWidth } from './use-element-width';

export interface EmbedPreviewProps {
  /** The address the snippet frames. */
  src: string;
  /** The fixed form's height, or the height until the map asks for one. */
  height: number;
  followsMap: boolean;
}

// Wide screens show the preview at once; on a phone it waits to be asked for.
const wideScreen = () => typeof matchMedia === 'function' && matchMedia('(min-width: 48rem)').matches;

export function EmbedPreview({ src, height, followsMap }: EmbedPreviewProps) {
  const m = useMoreT();
  const [open, setOpen] = useState(wideScreen);
  const room = useRef<HTMLDivElement>(null);
  const width = useElementWidth(room);
  // Options change in bursts (a select, a few radios): reload the frames once they settle.
  const shownSrc = useDebounced(src, 400);
  const layout = previewLayout({ width });
  return (
    <details class="embed-preview" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m.embedPreview}</summary>
      <div ref={room} class={layout.sideBySide ? 'embed-preview-frames is-side-by-side' : 'embed-preview-frames'}>
        {open ? (
          <>
            <PreviewFrame src={shownSrc} title={m.previewPhone} caption={m.previewPhoneCaption(m.pixels(PHONE_WIDTH))}
              width={PHONE_WIDTH} scale={layout.phoneScale} height={height} followsMap={followsMap} />
            <PreviewFrame src={shownSrc} title={m.previewDesktop} caption={m.previewDesktopCaption(m.pixels(DESKTOP_WIDTH))}
              width={DESKTOP_WIDTH} scale={layout.desktopScale} height={height} followsMap={followsMap} />
          </>
        ) : null}
      </div>
    </details>
  );
}
