// Runs a load request with the core loader; shared by the worker and the main-thread fallback.
import { loadDataset, type LoadProgress, type LoadResult, type ReadText } from '../core/dataset';
import type { LoadRequest } from './load-messages';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

export function runLoad(request: LoadRequest, onProgress: LoadProgress): Promise<LoadResult> {
  if (request.kind === 'url') return loadDataset(request.url, fetchText, onProgress);
  const readText: ReadText = async (path) => {
    const text = request.texts[path] ?? request.texts[baseName(path)];
    if (text === undefined) throw new Error(`the file was not among those chosen (choose ${baseName(path)} too)`);
    return text;
  };
  return loadDataset(request.entry, readText, onProgress);
}
