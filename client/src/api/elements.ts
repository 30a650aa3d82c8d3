/** Operations and types of the 要素链 views (parks, parcels, funds, platforms, 亩均论英雄). */

export interface Named {
  id: string;
  name: string;
  nameEn?: string | null;
}

export interface ElementMatchData {
  elementMatch: {
    needs: { investmentYi: number | null; landNeedMu: number | null; floorSpaceNeedSqm: number | null; intensityWanPerMu: number | null } | null;
    parks: Array<{ park: Named; reasons: string[]; fits: boolean; ownSegment: boolean }>;
    parcels: Array<{ parcel: Named & { areaMu: number }; reasons: string[]; fits: boolean; tooSmall: boolean }>;
    funds: Array<{ fund: Named & { sizeYi: number }; reasons: string[] }>;
    platforms: Array<{ platform: Named; reasons: string[] }>;
  };
}

export const ELEMENT_MATCH_QUERY = `query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {
  elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {
    needs { investmentYi landNeedMu floorSpaceNeedSqm intensityWanPerMu }
    parks { park { id name } reasons fits ownSegment }
    parcels { parcel { id name areaMu } reasons fits tooSmall }
    funds { fund { id name sizeYi } reasons }
    platforms { platform { id name } reasons }
  }
}`;

export interface SegmentElementsRow {
  segment: { id: string };
  parks: Array<{ id: string }>;
  vacantSqm: number;
  parcels: Array<{ id: string }>;
  availableMu: number;
  funds: Array<{ id: string }>;
  platforms: Array<{ id: string }>;
}

export const ELEMENT_LAYER_QUERY = `query ElementLayer($chainId: ID!, $scope: ID) {
  elementLayer(chainId: $chainId, scope: $scope) { segment { id } parks { id } vacantSqm parcels { id } availableMu funds { id } platforms { id } }
}`;

export interface ParkCard {
  id: string;
  name: string;
  kind: string | null;
  operator: string | null;
  areaMu: number | null;
  floorSpaceSqm: number | null;
  vacantSqm: number | null;
  rentYuanSqmMonth: number | null;
  description: string | null;
  themes: Named[];
  enterpriseCount: number;
  projects: Array<Named & { stage: string }>;
}

const PARK_FIELDS = 'id name kind operator areaMu floorSpaceSqm vacantSqm rentYuanSqmMonth description themes { id name nameEn } enterpriseCount projects { id name stage }';

export const PARKS_QUERY = `query Parks($scope: ID) { parks(scope: $scope) { ${PARK_FIELDS} } }`;

export interface ParkProfile extends ParkCard {
  region: { code: string; name: string } | null;
  enterprises: Named[];
  parcels: Array<Named & { areaMu: number; status: string; use: string | null; minInvestmentWanPerMu: number | null; minTaxWanPerMu: number | null; availableFrom: string | null }>;
}

export const PARK_QUERY = `query Park($id: ID!) {
  park(id: $id) {
    ${PARK_FIELDS}
    region { code name }
    enterprises { id name nameEn }
    parcels { id name areaMu status use minInvestmentWanPerMu minTaxWanPerMu availableFrom }
  }
}`;

export interface LandRow {
  enterprise: Named;
  year: number;
  taxWan: number;
  outputWan: number | null;
  landMu: number;
  taxPerMu: number;
  outputPerMu: number | null;
  grade: 'A' | 'B' | 'C' | 'D';
  rank: number;
}

export const LAND_QUERY = `query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {
  landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {
    enterprise { id name nameEn } year taxWan outputWan landMu taxPerMu outputPerMu grade rank
  }
}`;

export interface GradeCount {
  id: string;
  name: string;
  a: number;
  b: number;
  c: number;
  d: number;
}

export const LAND_DISTRIBUTION_QUERY = `query LandDist($year: Int!, $scope: ID) {
  landGradeDistribution(year: $year, scope: $scope) { chains { id name a b c d } parks { id name a b c d } thresholdA thresholdB thresholdC }
}`;

/** A number as people write it: at most `digits` decimals, no trailing zeros. */
export const fmtNum = (n: number, digits = 2) => String(Number(n.toFixed(digits)));
/** ㎡ as 万㎡ (four decimals keep every whole ㎡). */
export const fmtWanSqm = (sqm: number) => fmtNum(sqm / 10000, 4);
