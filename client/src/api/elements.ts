/** Operations and types of the 要素链 views (parks, parcels, funds, platforms, 亩均论英雄). */
import { graphql } from './generated/index.js';
import type { ElementLayerQuery, ElementMatchQuery, LandDistQuery, LandQuery, ParkQuery, ParksQuery } from './generated/graphql.js';

export const ELEMENT_MATCH_QUERY = graphql(`
  query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {
    elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {
      needs {
        investmentYi
        landNeedMu
        floorSpaceNeedSqm
        intensityWanPerMu
      }
      parks {
        park {
          id
          name
        }
        reasons
        fits
        ownSegment
      }
      parcels {
        parcel {
          id
          name
          areaMu
        }
        reasons
        fits
        tooSmall
      }
      funds {
        fund {
          id
          name
          sizeYi
        }
        reasons
      }
      platforms {
        platform {
          id
          name
        }
        reasons
      }
    }
  }
`);

export type ElementMatchData = ElementMatchQuery;

export const ELEMENT_LAYER_QUERY = graphql(`
  query ElementLayer($chainId: ID!, $scope: ID) {
    elementLayer(chainId: $chainId, scope: $scope) {
      segment {
        id
      }
      parks {
        id
      }
      vacantSqm
      parcels {
        id
      }
      availableMu
      funds {
        id
      }
      platforms {
        id
      }
    }
  }
`);

export type SegmentElementsRow = ElementLayerQuery['elementLayer'][number];

graphql(`
  fragment ParkCardFields on Park {
    id
    name
    kind
    operator
    areaMu
    floorSpaceSqm
    vacantSqm
    rentYuanSqmMonth
    description
    themes {
      id
      name
      nameEn
    }
    enterpriseCount
    projects {
      id
      name
      stage
    }
  }
`);

export const PARKS_QUERY = graphql(`
  query Parks($scope: ID) {
    parks(scope: $scope) {
      ...ParkCardFields
    }
  }
`);

export type ParkCard = ParksQuery['parks'][number];

export const PARK_QUERY = graphql(`
  query Park($id: ID!) {
    park(id: $id) {
      ...ParkCardFields
      region {
        code
        name
      }
      enterprises {
        id
        name
        nameEn
      }
      parcels {
        id
        name
        areaMu
        status
        use
        minInvestmentWanPerMu
        minTaxWanPerMu
        availableFrom
      }
    }
  }
`);

export type ParkProfile = NonNullable<ParkQuery['park']>;

export const LAND_QUERY = graphql(`
  query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {
    landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {
      enterprise {
        id
        name
        nameEn
      }
      year
      taxWan
      outputWan
      landMu
      taxPerMu
      outputPerMu
      grade
      rank
    }
  }
`);

export type LandRow = LandQuery['landEfficiency'][number];

export const LAND_YEARS_QUERY = graphql(`
  query LandYears {
    landEfficiencyYears
  }
`);

export const LAND_DISTRIBUTION_QUERY = graphql(`
  query LandDist($year: Int!, $scope: ID) {
    landGradeDistribution(year: $year, scope: $scope) {
      chains {
        id
        name
        a
        b
        c
        d
      }
      parks {
        id
        name
        a
        b
        c
        d
      }
      thresholdA
      thresholdB
      thresholdC
    }
  }
`);

export type GradeCount = LandDistQuery['landGradeDistribution']['chains'][number];

/** A number as people write it: at most `digits` decimals, no trailing zeros. */
export const fmtNum = (n: number, digits = 2) => String(Number(n.toFixed(digits)));
/** ㎡ as 万㎡ (four decimals keep every whole ㎡). */
export const fmtWanSqm = (sqm: number) => fmtNum(sqm / 10000, 4);
