// `npm run render -- --at <time> [--to <time>] --out file.svg|file.png` and
// `npm run render -- --from <time> --to <time> --every 1h --out file.gif`: pictures of a view (a
// moment, a day or a range) and animations over time, drawn by the core's renderer from the dataset.
import { open, rm, writeFile } from 'node:fs/promises';
import { indexDataset } from '../core/dataset-index';
import { altText } from '../core/render/alt-text';
import { renderViewSvg, type RenderRequest } from '../core/render/render-view';
import { writeAnimation } from './animate';
import { bordersForPicture } from './country-borders';
import { readArgs, usageError } from './args';
import { BUILTIN_MANIFEST, loadValidOrReport } from './load';
import { applySourcesFlag } from './sources-flag';
import { rasterise } from './rasterise';
import { BadArgument, readLayers, readPicture, readShown, RENDER_COMMAND, type Picture, type RenderFlags } from './render-args';

const megabytes = (bytes: number) => (bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);
const peakMemory = () => `peak memory ${megabytes(process.resourceUsage().maxRSS * 1024)}`;

async function writePicture(picture: Picture, request: RenderRequest): Promise<string> {
  const svg = renderViewSvg(request);
  if (picture.kind === 'svg') {
    await writeFile(picture.out, svg);
    return `${picture.width}×${picture.height}, ${megabytes(Buffer.byteLength(svg))}`;
  }
  const image = rasterise(svg, { scale: picture.scale });
  const png = image.png();
  await writeFile(picture.out, png);
  return `${image.width}×${image.height} pixels, ${megabytes(png.byteLength)}`;
}

async function writeGif(picture: Picture, request: Omit<RenderRequest, 'view'>, times: number[], delay: number): Promise<string> {
  const file = await open(picture.out, 'w');
  let finished = false;
  try {
    const showProgress = process.stderr.isTTY === true;
    const done = await writeAnimation({
      picture: request,
      times,
      scale: picture.scale,
      delay,
      write: async (bytes) => { await file.write(bytes); },
      progress: showProgress ? (n, total) => process.stderr.write(`\rframe ${n} of ${total}`) : undefined,
    });
    if (showProgress) process.stderr.write('\n');
    finished = true;
    return `${done.frames} frames, ${done.width}×${done.height} pixels, ${megabytes(done.bytes)}`;
  } finally {
    await file.close();
    // A half-written animation is not an animation.
    if (!finished) await rm(picture.out, { force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv, RENDER_COMMAND);
  if (args.exitCode !== undefined) return args.exitCode;
  const flags: RenderFlags = args.values;
  const started = performance.now();
  try {
    const picture = readPicture(flags);
    const loaded = await loadValidOrReport(flags.data || BUILTIN_MANIFEST);
    if (!loaded) return 1;
    const lensed = applySourcesFlag(loaded, flags.sources);
    if ('error' in lensed) throw new BadArgument(lensed.error);
    const { dataset } = lensed;
    const sized = { dataset, lang: picture.lang, width: picture.width, height: picture.height, frame: picture.frame };
    const base = { ...sized, index: indexDataset(dataset), layers: readLayers(flags, dataset), borders: await bordersForPicture(sized) };
    const { view, animation } = readShown(flags, picture, dataset);
    const summary = animation
      ? await writeGif(picture, base, animation.times, animation.delay)
      : await writePicture(picture, { ...base, view });
    console.log(altText({ ...base, view }));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.error(`wrote ${picture.out} (${summary}) in ${seconds} s; ${peakMemory()}`);
    return 0;
  } catch (err) {
    if (err instanceof BadArgument) return usageError(RENDER_COMMAND, err.message).exitCode;
    // Anything else (a folder that does not exist, a full disk) is not the caller's typing.
    console.error(`${flags.out ?? ''}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
