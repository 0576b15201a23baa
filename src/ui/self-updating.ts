// A stateless shell for a component that re-renders itself (from the store) and is placed inside
// other elements: without it, every time step left the old rows it rendered reachable.
import { h, type FunctionComponent } from 'preact';

/**
 * Why: a parent keeps the element it rendered (in its props, and in its DOM element's children) and
 * Preact leaves that element as it was when the component last rendered through the parent, with
 * the subtree it rendered then. Rows that skip a render (PureComponent) share their child list with
 * the rows of the following renders, so that old subtree keeps a later render's rows alive, and they
 * a later one's: the heap grew at every step. Behind the shell, the component's element is made in
 * the shell's render and held by nothing but the tree, which replaces it when it re-renders itself.
 */
export function selfUpdating<P extends object>(Inner: FunctionComponent<P>): FunctionComponent<P> {
  const Shell = (props: P) => h(Inner, props);
  Shell.displayName = Inner.displayName ?? Inner.name;
  return Shell;
}
