// The views a build draws as preview pictures, and the one nearest a time.
import { describe, expect, it } from 'vitest';
import { nearestPreview, previewViews } from '../../src/core/render/preview-views';
import { BUILTIN, loadValid } from '../helpers/fs-dataset';

describe('preview views (built-in dataset)', async () => {
  const dataset = await loadValid(BUILTIN);
  const views = previewViews(dataset);

  it('are the first view and each story step, as the app shows them', () => {
    expect(views.map((v) => v.id)).toEqual(['start', ...dataset.story.map((s) => s.id)]);
    expect(views[0]).toEqual({ id: 'start', view: { time: dataset.start, span: 'moment' }, frame: null, selectedId: null });
    for (const step of dataset.story) {
      const v = views.find((x) => x.id === step.id);
      expect(v?.selectedId).toBe(step.incident ?? null);
      if (step.until === undefined) expect(v?.view).toEqual({ time: Date.parse(step.at), span: 'moment' });
      else expect(v?.view).toEqual({ time: Date.parse(step.until), span: 'range', rangeStart: Date.parse(step.at) });
      if (step.view) expect(v?.frame).toEqual({ zoom: step.view.zoom, lat: step.view.center[1], lon: step.view.center[0] });
    }
  });

  it('the nearest is the latest at or before the time, else the earliest', () => {
    const list = [{ id: 'b', time: 20 }, { id: 'a', time: 10 }, { id: 'c', time: 30 }];
    expect(nearestPreview(list, 25)?.id).toBe('b');
    expect(nearestPreview(list, 30)?.id).toBe('c');
    expect(nearestPreview(list, 5)?.id).toBe('a');
    expect(nearestPreview([], 5)).toBeUndefined();
  });
});
