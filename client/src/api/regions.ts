import type { Region } from './fragments.js';
import { graphql } from './generated/index.js';
import { gql } from './graphql.js';

const REGION_QUERY = graphql(`
  query Region($code: ID!) {
    region(code: $code) {
      ...RegionFields
    }
  }
`);

const REGIONS_QUERY = graphql(`
  query Regions($parent: ID) {
    regions(parent: $parent) {
      ...RegionFields
    }
  }
`);
const byCode = new Map<string, Promise<Region | null>>();
const byParent = new Map<string, Promise<Region[]>>();

/** One region by code (null when unknown), asked once per page and shared. */
export function region(code: string): Promise<Region | null> {
  let hit = byCode.get(code);
  if (!hit) {
    hit = gql(REGION_QUERY, { code })
      .then((d) => d.region)
      .catch(() => null);
    byCode.set(code, hit);
  }
  return hit;
}

/** The regions directly within `parent` (the top-level ones for null), asked once per page and shared. */
export function childRegions(parent: string | null): Promise<Region[]> {
  const key = parent ?? '';
  let hit = byParent.get(key);
  if (!hit) {
    hit = gql(REGIONS_QUERY, { parent }).then((d) => d.regions);
    hit.catch(() => byParent.delete(key));
    byParent.set(key, hit);
  }
  return hit;
}
