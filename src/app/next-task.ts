// Resolves in a task of its own, after what is queued (input, a frame): long work split at it leaves
// the page a chance to respond between the parts. A message to oneself, not a timeout, which a
// background tab may hold back for a second.

export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
