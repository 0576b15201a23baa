// `npm run render -- --from … --to … --every … --out file.gif`: a valid looping GIF with a frame per
// step at the size asked, streamed, so the process's peak memory does not grow with the frame count.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { gifStructure } from '../helpers/image-headers';

const run = (args: string[]) => promisify(execFile)('npx', ['tsx', 'src/cli/render.ts', ...args]).then(
  ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
  (err: { code: number; stdout: string; stderr: string }) => ({ code: err.code, stdout: err.stdout, stderr: err.stderr }),
);
const tmp = () => mkdtempSync(join(tmpdir(), 'render-gif-'));
const peakMb = (stderr: string) => Number(/peak memory ([\d.]+) MB/.exec(stderr)?.[1]);

describe('npm run render (animation)', () => {
  it('writes a looping GIF89a with a frame per step, the delay asked and one shared palette', async () => {
    const dir = tmp();
    const [day, halfHours] = await Promise.all([
      run(['--from', '2016-04-21', '--to', '2016-04-21', '--every', '1h', '--width', '480', '--height', '270', '--out', join(dir, 'day.gif')]),
      run(['--from', '2016-04-22T10:00', '--to', '2016-04-22T12:00', '--every', '30m', '--delay', '250', '--scale', '2', '--width', '320', '--height', '200', '--out', join(dir, 'half.gif')]),
    ]);
    expect(day.code).toBe(0);
    expect(day.stderr).toMatch(/wrote .*day\.gif \(24 frames, 480×270 pixels, /);
    expect(day.stdout).toMatch(/21 April 2016/);
    const gif = gifStructure(readFileSync(join(dir, 'day.gif')));
    expect(gif).toMatchObject({ version: 'GIF89a', width: 480, height: 270, loops: true });
    expect(gif.frames).toHaveLength(24);
    for (const f of gif.frames) expect(f).toEqual({ width: 480, height: 270, delay: 50, localColorTable: false });
    expect(halfHours.code).toBe(0);
    const half = gifStructure(readFileSync(join(dir, 'half.gif')));
    expect(half).toMatchObject({ width: 640, height: 400 });
    expect(half.frames.map((f) => f.delay)).toEqual([25, 25, 25, 25, 25]);
  }, 60_000);

  it('keeps peak memory flat: 40 frames need about what 10 do', async () => {
    // 2000×1000 frames: 8 MB of pixels each, so holding 30 more frames would add some 300 MB.
    const size = ['--width', '2000', '--height', '1000'];
    const ten = await run(['--from', '2016-04-20T00:00', '--to', '2016-04-20T09:00', '--every', '1h', ...size, '--out', join(tmp(), 'ten.gif')]);
    const forty = await run(['--from', '2016-04-20T00:00', '--to', '2016-04-21T15:00', '--every', '1h', ...size, '--out', join(tmp(), 'forty.gif')]);
    expect(ten.stderr).toMatch(/\(10 frames, 2000×1000 pixels/);
    expect(forty.stderr).toMatch(/\(40 frames, 2000×1000 pixels/);
    expect(peakMb(ten.stderr)).toBeGreaterThan(0);
    expect(peakMb(forty.stderr) - peakMb(ten.stderr)).toBeLessThan(120);
  }, 120_000);
});
