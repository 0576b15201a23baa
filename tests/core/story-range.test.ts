// A story step may show a range: `until` is checked like `at` (inside the extent), and may not come
// before `at`; a step with a bad `until` is dropped with a problem that names the field.
import { describe, expect, it } from 'vitest';
import { loadTexts, mini, textsOf } from '../helpers/raw-dataset';

/** The mini fixture with an invented story of the given steps. */
function withStory(steps: Record<string, unknown>[]) {
  const raw = mini();
  (raw.manifest.files as Record<string, string>).story = 'story.json';
  raw.files.story = steps.map((s, i) => ({ id: `step-${i}`, title: 'Invented step', caption: 'Nothing real.', sources: ['src-a'], ...s }));
  return loadTexts(textsOf(raw));
}

describe('story steps with until', () => {
  it('keeps a step whose until is inside the extent and after its at', async () => {
    const { dataset, problems } = await withStory([{ at: '2016-04-20T10:00+03:00', until: '2016-04-21T18:00+03:00' }, { at: '2016-04-21T10:00+03:00' }]);
    expect(problems).toEqual([]);
    expect(dataset?.story.map((s) => s.until)).toEqual(['2016-04-21T18:00+03:00', undefined]);
  });

  it('drops a step whose until comes before its at, or lies outside the extent, naming the field', async () => {
    const { dataset, problems } = await withStory([
      { at: '2016-04-21T10:00+03:00', until: '2016-04-20T10:00+03:00' },
      { at: '2016-04-21T10:00+03:00', until: '2016-05-01T10:00+03:00' },
      { at: '2016-04-21T10:00+03:00', until: 'tomorrow' },
      { at: '2016-04-21T10:00+03:00', until: '2016-04-21T10:00+03:00' },
    ]);
    expect(dataset?.story.map((s) => s.id)).toEqual(['step-3']);
    // An unreadable time may be reported twice (its shape, and as a date): each bad step is named, by its field.
    expect(new Set(problems.map((p) => `${p.record}.${p.field}`))).toEqual(new Set(['step-0.until', 'step-1.until', 'step-2.until']));
    expect(problems.find((p) => p.record === 'step-0')?.message).toMatch(/before the step's at/);
  });
});
