// A component that re-renders only when one of its props changes (shallow), for long lists whose
// parent re-renders on every time step: most rows stay as they were.
import { Component } from 'preact';

export abstract class PureComponent<P extends object> extends Component<P> {
  override shouldComponentUpdate(next: P): boolean {
    const prev = this.props as Record<string, unknown>;
    const now = next as Record<string, unknown>;
    for (const key in now) if (key !== 'children' && prev[key] !== now[key]) return true;
    for (const key in prev) if (!(key in now)) return true;
    return false;
  }
}
