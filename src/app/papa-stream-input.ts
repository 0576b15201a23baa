// A web byte stream (a chosen file's, a response's) as the Node-style readable that papaparse streams
// from: decoded as UTF-8 across chunk boundaries (papaparse's own file reader slices bytes and can cut
// a letter in two), the bytes counted as they pass for the progress bar, and cancellable.

/** What papaparse's ReadableStreamStreamer calls on its input (readable, read, on, removeListener, pause, resume). */
export interface PapaStreamInput {
  readonly readable: true;
  read(): void;
  on(event: string, listener: (arg?: unknown) => void): void;
  removeListener(event: string, listener: (arg?: unknown) => void): void;
  pause(): void;
  resume(): void;
  /** Stops reading (the parse was stopped). */
  cancel(): void;
}

export interface StreamInputOptions {
  /** Told of the bytes read so far after each chunk. */
  onBytes?: (bytes: number) => void;
}

export function papaStreamInput(stream: ReadableStream<Uint8Array>, { onBytes }: StreamInputOptions = {}): PapaStreamInput {
  const listeners = new Map<string, Set<(arg?: unknown) => void>>();
  const emit = (event: string, arg?: unknown) => { for (const l of [...listeners.get(event) ?? []]) l(arg); };
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let paused = false;
  let pumping = false;
  let cancelled = false;

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (!paused && !cancelled) {
        const { done, value } = await reader.read();
        if (cancelled) return;
        if (done) {
          const rest = decoder.decode();
          if (rest) emit('data', rest);
          emit('end');
          return;
        }
        bytes += value.byteLength;
        const text = decoder.decode(value, { stream: true });
        if (text) emit('data', text);
        onBytes?.(bytes);
      }
    } catch (err) {
      if (!cancelled) emit('error', err);
    } finally {
      pumping = false;
    }
  }

  return {
    readable: true,
    read() {},
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      // Reading starts once papaparse listens for the data.
      if (event === 'data') queueMicrotask(() => void pump());
    },
    removeListener(event, listener) { listeners.get(event)?.delete(listener); },
    pause() { paused = true; },
    resume() {
      paused = false;
      void pump();
    },
    cancel() {
      cancelled = true;
      void reader.cancel().catch(() => {});
    },
  };
}
