// Reads the files the reader chose or dropped, and finds where the dataset starts: its manifest or one bundle.
// (The format strings are checked here without the schema, so this stays out of the validator's bundle.)
const BUNDLE_FORMAT = 'conflict-map-bundle/1';

export interface FileSet {
  /** The name to start from (the manifest or the bundle), or null with a reason. */
  entry: string | null;
  reason?: string;
  /** Every file's text by its name. */
  texts: Record<string, string>;
}

/** Finds the manifest (or the single bundle) among the files and reads the others by name. */
export async function fileSet(files: readonly File[]): Promise<FileSet> {
  const texts: Record<string, string> = {};
  await Promise.all(files.map(async (f) => { texts[f.name] = await f.text(); }));
  const kinds = Object.entries(texts).map(([name, text]) => {
    try {
      const json = JSON.parse(text) as { format?: unknown };
      return { name, manifest: json?.format === 'conflict-map-dataset/1', bundle: json?.format === BUNDLE_FORMAT };
    } catch {
      return { name, manifest: false, bundle: false };
    }
  });
  const entry = kinds.find((k) => k.bundle) ?? kinds.find((k) => k.manifest);
  if (entry) return { entry: entry.name, texts };
  if (files.length === 1) return { entry: files[0]?.name ?? null, texts };
  return {
    entry: null, texts,
    reason: 'None of the files is a dataset manifest ("format": "conflict-map-dataset/1") or a dataset bundle ("format": "conflict-map-bundle/1").',
  };
}
