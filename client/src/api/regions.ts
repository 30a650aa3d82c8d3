import { gql } from './graphql';
import type { Region } from './types';

const REGION_FIELDS = 'code name level parentCode';
const byCode = new Map<string, Promise<Region | null>>();
const byParent = new Map<string, Promise<Region[]>>();

/** One region by code (null when unknown), asked once per page and shared. */
export function region(code: string): Promise<Region | null> {
  let hit = byCode.get(code);
  if (!hit) {
    hit = gql<{ region: Region | null }>(`query Region($code: ID!) { region(code: $code) { ${REGION_FIELDS} } }`, { code })
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
    hit = gql<{ regions: Region[] }>(`query Regions($parent: ID) { regions(parent: $parent) { ${REGION_FIELDS} } }`, { parent }).then((d) => d.regions);
    hit.catch(() => byParent.delete(key));
    byParent.set(key, hit);
  }
  return hit;
}
