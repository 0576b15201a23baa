// A file of incidents the loader's worker sent on as bytes, parsed on the page as the worker parsed it.

/** The file parsed; undefined when it is not JSON (the worker reports that). */
export function parsedBytes(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}
