/**
 * The status map's threshold: a segment is STRONG from this many local enterprises, WEAK below it,
 * MISSING at 0. The range is the API's (docs/rules.md); the map's control offers the same range.
 */
export const STRONG_AT = { default: 3, min: 1, max: 1000 } as const;

/** Whether `value` is a strongAt the API accepts. */
export const isStrongAt = (value: number): boolean => Number.isInteger(value) && value >= STRONG_AT.min && value <= STRONG_AT.max;

/**
 * Representative enterprises per segment in the panorama: the schema's default for
 * `panorama(perSegment:)`, what the chain map asks for and what the cache warmer computes ahead,
 * so that the first look at a map after an import is a cache hit. (Twelve fill a segment's card
 * without a scroll bar at the map's default zoom.) A test checks the schema's default against it.
 */
export const PANORAMA_PER_SEGMENT = 12;
