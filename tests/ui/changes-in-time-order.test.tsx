// What changed's changes of control in time order, as a range's ends move: worked out from the list
// before, they are the list worked out afresh (the same changes in the same order, ties included).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaChangesAfter } from '../../src/core/area-changes-step';
import type { AreaChange } from '../../src/core/changes';
import { indexDataset } from '../../src/core/dataset-index';
import { HOUR } from '../../src/core/time';
import type { TimeRange } from '../../src/core/time-range';
import { changesInTimeOrder, type ChangeOrder } from '../../src/ui/panels/changes-in-time-order';
import { arbitraryDataset } from '../helpers/arbitrary-dataset';
import { runs } from '../helpers/properties';

const HOUR0 = Date.parse('2020-01-01T00:00:00+03:00');
/** On the generated datasets' hour grid (where their changes fall), and a millisecond either side. */
const moment = fc.tuple(fc.integer({ min: -2, max: 98 }), fc.constantFrom(0, 0, 1, -1)).map(([h, ms]) => HOUR0 + h * HOUR + ms);

const ids = (order: readonly { change: { id: string } }[]) => order.map((c) => c.change.id);

describe('changes of control in time order, from the order before', () => {
  it('are the order worked out afresh, for any walk of the ends (generated datasets)', () => {
    fc.assert(fc.property(arbitraryDataset, fc.array(fc.tuple(fc.boolean(), moment), { minLength: 1, maxLength: 14 }), moment, (dataset, moves, start0) => {
      const { control } = indexDataset(dataset);
      let range: { range: TimeRange; areas: AreaChange[] } | null = null;
      let order: ChangeOrder | null = null;
      let start = start0;
      for (const [moveStart, at] of moves) {
        if (moveStart) start = at;
        const next = { start, end: Math.max(start, moveStart ? start : at) };
        const areas = areaChangesAfter({ previous: range, index: control, range: next });
        const changes = changesInTimeOrder(areas, order);
        const afresh = changesInTimeOrder(areas);
        expect(ids(changes)).toEqual(ids(afresh));
        expect(changes.map((c) => c.wasContested)).toEqual(afresh.map((c) => c.wasContested));
        range = { range: next, areas };
        order = { areas, changes };
      }
    }), { numRuns: runs(300) });
  });

  it('puts changes at the same moment in the areas\' order, then each area\'s own', () => {
    const at = '2020-01-01T12:00:00+03:00';
    const change = (id: string, site: string, contested: boolean) => ({ id, site, at, from: 'a', to: 'b', contested, sources: [], time_precision: 'minute' }) as unknown as AreaChange['changes'][number];
    const area = (site: string, changes: AreaChange['changes']): AreaChange => ({
      site, before: { site, controller: 'a', contested: true } as unknown as AreaChange['before'], after: { site, controller: 'b', contested: false } as unknown as AreaChange['after'], changes, changedHands: true,
    });
    const first = area('x', [change('x1', 'x', false)]);
    const second = area('y', [change('y1', 'y', true), change('y2', 'y', false)]);
    const before = changesInTimeOrder([first]);
    const order = changesInTimeOrder([first, second], { areas: [first], changes: before });
    expect(ids(order)).toEqual(['x1', 'y1', 'y2']);
    // Whether the area was contested just before each change: at first as before the range, then as the change before left it.
    expect(order.map((c) => c.wasContested)).toEqual([true, true, true]);
    const dropped = changesInTimeOrder([second], { areas: [first, second], changes: order });
    expect(ids(dropped)).toEqual(['y1', 'y2']);
  });
});
