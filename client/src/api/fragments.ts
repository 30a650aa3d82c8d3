/** GraphQL selections shared by several operations, and the types the views use for them. */
import { graphql } from './generated/index.js';
import type { EnterpriseRefFragment, ProjectRefFragment, RegionFieldsFragment, SegmentFieldsFragment, TargetFieldsFragment } from './generated/graphql.js';

export type { Evidence, EvidenceMode, ProjectStage, RegionLevel, Role, Scale } from './generated/graphql.js';

graphql(`
  fragment EnterpriseRef on Enterprise {
    id
    name
    nameEn
    scale
    listed
    region {
      code
      name
    }
  }
`);

graphql(`
  fragment SegmentFields on Segment {
    id
    chainId
    name
    nameEn
    stage
    order
    parentId
    depth
  }
`);

graphql(`
  fragment RegionFields on Region {
    code
    name
    level
    parentCode
  }
`);

graphql(`
  fragment ProjectRef on Project {
    id
    name
    stage
    investmentYi
    signedOn
    plannedProductionOn
    confidential
    enterprise {
      ...EnterpriseRef
    }
    segment {
      id
      name
      nameEn
      chainId
    }
    region {
      code
      name
    }
  }
`);

graphql(`
  fragment TargetFields on Target {
    enterprise {
      ...EnterpriseRef
    }
    score
    breakdown {
      reason
      reasonEn
      code
      points
    }
  }
`);

export type EnterpriseRef = EnterpriseRefFragment;
export type Segment = SegmentFieldsFragment;
export type Region = RegionFieldsFragment;
export type ProjectRef = ProjectRefFragment;
export type Target = TargetFieldsFragment;

/** The pipeline's stages in order (the schema's ProjectStage, checked against it). */
export const PROJECT_STAGES = [
  'LEAD',
  'NEGOTIATING',
  'SIGNED',
  'REGISTERED',
  'LAND_ACQUIRED',
  'UNDER_CONSTRUCTION',
  'IN_PRODUCTION',
  'DROPPED',
] as const satisfies readonly import('./generated/graphql.js').ProjectStage[];
