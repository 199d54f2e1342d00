// Packing intervals into lanes: the rows of a timeline in which bars never overlap.

/** An interval of whole days on a timeline: `start` inclusive, `end` exclusive. */
export type Interval = { start: number; end: number };

/**
 * The lane of each interval, in the order given: each takes the first lane free by its start.
 * Sorted by start (longest first on a tie), this packs them into as few lanes as possible.
 */
export function packLanes(intervals: Interval[]): number[] {
  const laneEnds: number[] = [];
  return intervals.map(({ start, end }) => {
    let lane = laneEnds.findIndex((e) => e <= start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(end);
    } else {
      laneEnds[lane] = end;
    }
    return lane;
  });
}

/** How many lanes the packed bars take. */
export const laneCount = (bars: { lane: number }[]): number =>
  bars.reduce((n, b) => Math.max(n, b.lane + 1), 0);
