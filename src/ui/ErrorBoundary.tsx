// Catches a thrown error in one part of the UI and says so, so the rest keeps working.
import { Component, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { en } from '../i18n/en';
import { StoreContext } from './store-context';

interface Props { name: string; children: ComponentChildren }
interface State { error: Error | null }

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  override componentDidCatch(error: unknown): void {
    console.error(`${this.props.name} failed:`, error);
    this.setState({ error: error instanceof Error ? error : new Error(String(error)) });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div class="ui-error" role="alert">
        <ErrorMessage name={this.props.name} message={this.state.error.message} onRetry={() => this.setState({ error: null })} />
      </div>
    );
  }
}

/** The message in the reader's language; in English where there is no store to ask (it must never fail itself). */
function ErrorMessage({ name, message, onRetry }: { name: string; message: string; onRetry: () => void }) {
  const t = useContext(StoreContext)?.getState().messages ?? en;
  return (
    <>
      <p>{t.partFailed(name, message)}</p>
      <button type="button" onClick={onRetry}>{t.tryAgain}</button>
    </>
  );
}
