// Catches a thrown error in one part of the UI and says so, so the rest keeps working.
import { Component, type ComponentChildren } from 'preact';

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
        <p>The {this.props.name} could not be shown: {this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>Try again</button>
      </div>
    );
  }
}
