// A marker glyph (an incident type's or a site kind's) inside a span: parsed once per glyph and
// cloned for each use, since long lists add rows on every time step.
import { createRef } from 'preact';
import { PureComponent } from './PureComponent';

const parsed = new Map<string, Node>();

function glyphNode(html: string): Node {
  let node = parsed.get(html);
  if (!node) {
    const template = document.createElement('template');
    template.innerHTML = html;
    node = template.content;
    parsed.set(html, node);
  }
  return node.cloneNode(true);
}

interface Props {
  /** The glyph's markup: one of the app's own constants (icons.ts), never data. */
  html: string;
  class: string;
}

export class GlyphIcon extends PureComponent<Props> {
  private readonly span = createRef<HTMLSpanElement>();

  override componentDidMount(): void {
    this.fill();
  }

  override componentDidUpdate(): void {
    this.fill();
  }

  private fill(): void {
    this.span.current?.replaceChildren(glyphNode(this.props.html));
  }

  override render({ class: className }: Props) {
    return <span ref={this.span} class={className} aria-hidden="true" />;
  }
}
