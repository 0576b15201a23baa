// The one worker client every load goes through (app/load-client.ts), with a stand-in Worker: progress
// and the CSV format told, Cancel ending the worker, the page doing the work where the worker is
// refused, a CSV export's incidents and sites taken in batches (the worker's own side run for real,
// its messages copied as postMessage copies them), and the boot script's early load taken over.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acledCsv } from '../../bench/acled-rows';
import { csvBatches } from '../../src/app/csv-batches';
import { INCIDENT_BATCH } from '../../src/app/csv-load';
import { loadInBackground } from '../../src/app/load-client';
import type { LoadReply } from '../../src/app/load-messages';
import { runLoad } from '../../src/app/run-load';
import { unpackIncidents } from '../../src/core/packed-incidents';
import { packRecords } from '../../src/core/packed-records';

/** A worker that says what each test tells it to, and records what the page asks of it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  /** What it answers to the page's request, in order (set before the load starts). */
  static script: LoadReply[] = [];
  posted: unknown[] = [];
  terminated = false;
  onmessage: unknown = null;
  onerror: unknown = null;
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();

  constructor() {
    FakeWorker.made.push(this);
  }

  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...this.listeners.get(type) ?? [], listener]);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
    const replies = FakeWorker.script;
    queueMicrotask(() => { for (const reply of replies) this.say(reply); });
  }

  terminate(): void {
    this.terminated = true;
  }

  say(reply: LoadReply): void {
    for (const listener of this.listeners.get('message') ?? []) listener({ data: reply });
  }

  fail(message: string): void {
    for (const listener of this.listeners.get('error') ?? []) listener({ message, preventDefault: () => {} });
  }
}

const csvFile = (path: string, name = path.split('/').pop() ?? 'export.csv') => new File([readFileSync(path)], name, { type: 'text/csv' });
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  FakeWorker.made = [];
  FakeWorker.script = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => { vi.unstubAllGlobals(); });

describe('loadInBackground', () => {
  it('tells progress and the CSV format as the worker says them, and ends the worker with its result', async () => {
    const result = { dataset: null, problems: [], csv: { format: 'acled' as const, header: ['event_id_cnty'], kept: 0, bad: 0, problems: [] } };
    FakeWorker.script = [{ type: 'csv-format', format: 'acled' }, { type: 'progress', done: 10, total: 40, file: 'invented.csv' }, { type: 'result', result }];
    const formats: string[] = [];
    const progress: number[][] = [];
    const file = new File(['event_id_cnty\n'], 'invented.csv');
    const loaded = await loadInBackground({ kind: 'csv', file }, { onFormat: (f) => formats.push(f), onProgress: (done, total) => progress.push([done, total]) });
    expect(loaded).toEqual(result);
    expect(formats).toEqual(['acled']);
    expect(progress).toEqual([[10, 40]]);
    expect(FakeWorker.made[0]?.posted).toEqual([{ kind: 'csv', file }]);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it('Cancel ends the worker and rejects with an AbortError; what the worker says after is not heard', async () => {
    const controller = new AbortController();
    const progress: number[] = [];
    const loading = loadInBackground({ kind: 'csv', file: new File(['x'], 'invented.csv') }, { signal: controller.signal, onProgress: (done) => progress.push(done) });
    const worker = FakeWorker.made[0];
    worker?.say({ type: 'progress', done: 1, total: 2, file: 'invented.csv' });
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker?.terminated).toBe(true);
    worker?.say({ type: 'progress', done: 2, total: 2, file: 'invented.csv' });
    expect(progress).toEqual([1]);
  });

  it('starts no worker for a signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(loadInBackground({ kind: 'csv', file: new File(['x'], 'invented.csv') }, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.made).toEqual([]);
  });

  it('reads a CSV export on the page, the format told, where workers are refused', async () => {
    vi.stubGlobal('Worker', class { constructor() { throw new DOMException('refused', 'SecurityError'); } });
    const formats: string[] = [];
    const result = await loadInBackground({ kind: 'csv', file: csvFile('tests/fixtures/ucdp/ged.csv') }, { onFormat: (f) => formats.push(f) });
    expect(formats).toEqual(['ucdp']);
    expect(result.csv.format).toBe('ucdp');
    expect(result.csv.kept).toBeGreaterThan(0);
    expect(result.dataset?.incidents).toHaveLength(result.csv.kept);
  });

  it('reads it on the page when the worker fails before saying anything (its script blocked), and not after', async () => {
    const early = loadInBackground({ kind: 'csv', file: csvFile('tests/fixtures/acled/malformed.csv') });
    FakeWorker.made[0]?.fail('blocked');
    const result = await early;
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    expect(result.csv).toMatchObject({ format: 'acled', kept: 2, bad: 9 });

    const late = loadInBackground({ kind: 'csv', file: csvFile('tests/fixtures/acled/malformed.csv') });
    const worker = FakeWorker.made[1];
    worker?.say({ type: 'csv-format', format: 'acled' });
    worker?.fail('out of memory');
    await expect(late).rejects.toThrow('out of memory');
  });

  it('puts a CSV export together from its batches exactly as the worker validated it', async () => {
    // The worker's side, run here: its messages copied as postMessage copies them, moving what it moves.
    // Two whole batches and a part of one.
    const rest = Math.floor(INCIDENT_BATCH / 3);
    const file = new File([acledCsv({ rows: 2 * INCIDENT_BATCH + rest, seed: 3 })], 'invented-acled.csv', { type: 'text/csv' });
    const replies: LoadReply[] = [];
    const post = (reply: LoadReply, transfer: Transferable[] = []) => { replies.push(structuredClone(reply, { transfer })); };
    const batches = csvBatches(post);
    const direct = await runLoad({ kind: 'csv', file }, { onCsvIncidents: batches.send });
    expect(batches.finish(direct)).toBe(true);

    // Packed knowing the importer's keys: none of these needed the generic packing.
    expect(replies.some((r) => r.type === 'incidents-batch')).toBe(false);
    const sent = replies.filter((r) => r.type === 'imported-batch').map((r) => unpackIncidents(r.packed).length);
    expect(sent).toEqual([INCIDENT_BATCH, INCIDENT_BATCH, rest]);
    expect(replies.some((r) => r.type === 'places-batch')).toBe(true);
    expect(replies.some((r) => r.type === 'sites-batch')).toBe(false);
    // The result itself carries no incident and no site: the page has them from the batches.
    const last = replies.at(-1);
    expect(last?.type === 'result' && last.result.dataset ? [last.result.dataset.incidents.length, last.result.dataset.sites.length] : null).toEqual([0, 0]);

    // The page's dataset is the one the loader makes when it gives nothing on and keeps every record.
    FakeWorker.script = replies;
    const loaded = await loadInBackground({ kind: 'csv', file });
    const whole = await runLoad({ kind: 'csv', file });
    expect(whole.dataset?.incidents.length).toBe(2 * INCIDENT_BATCH + rest);
    expect(loaded.dataset).toEqual(whole.dataset);
    expect(loaded.problems).toEqual(whole.problems);
  });

  it('fails the load when the result names incidents that were not sent', async () => {
    const dataset = { manifest: {}, sources: [], actors: [], sites: [], basemap: [], control: { initial: [], changes: [] }, incidents: [], story: [], changelog: [], start: 0, end: 1 };
    FakeWorker.script = [
      { type: 'incidents-batch', packed: packRecords([]) },
      { type: 'result', result: { dataset: dataset as never, problems: [] }, incidents: { order: Int32Array.of(0), changed: [] } },
    ];
    await expect(loadInBackground({ kind: 'csv', file: new File(['x'], 'invented.csv') })).rejects.toThrow(/changed while it was loading/);
  });

  it('takes over the boot script\'s load of the same address, what it said so far first; stops one of another address', async () => {
    const early = new FakeWorker();
    const result = { dataset: null, problems: [{ file: 'invented.json', message: 'invented' }] };
    const said = [new MessageEvent('message', { data: { type: 'progress', done: 1, total: 3, file: 'invented.json' } })];
    vi.stubGlobal('window', { earlyLoad: { url: 'https://example.org/invented.json', worker: early, replies: said } });
    const progress: number[] = [];
    const loading = loadInBackground({ kind: 'url', url: 'https://example.org/invented.json' }, { onProgress: (done) => progress.push(done) });
    await nextTurn();
    early.say({ type: 'progress', done: 2, total: 3, file: 'invented.json' });
    early.say({ type: 'result', result });
    expect(await loading).toEqual(result);
    expect(progress).toEqual([1, 2]);
    expect(early.posted).toEqual([]);
    expect(FakeWorker.made).toHaveLength(1);

    const other = new FakeWorker();
    vi.stubGlobal('window', { earlyLoad: { url: 'https://example.org/other.json', worker: other, replies: [] } });
    FakeWorker.script = [{ type: 'result', result }];
    await loadInBackground({ kind: 'url', url: 'https://example.org/invented.json' });
    expect(other.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(3);
  });
});
