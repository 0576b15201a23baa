// What the timeline shows only for a range, in one chunk loaded on demand: the handles at its ends
// and the heading that words it. Both are there as soon as a range is.
export { RangeHandles } from './RangeHandles';
export { TimelineRangeNow } from './TimelineRangeNow';
