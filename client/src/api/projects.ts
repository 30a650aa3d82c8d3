/** The project pipeline. */
import { graphql } from './generated/index.js';
import type { ProjectForEditQuery, SegmentPipelineQuery } from './generated/graphql.js';

export const PIPELINE_QUERY = graphql(`
  query Pipeline($filter: ProjectFilter, $scope: ID) {
    projects(filter: $filter, limit: 1000, scope: $scope) {
      ...ProjectRef
    }
  }
`);

/** The home page's totals: every project the user may see, by stage and investment. */
export const ZONE_PROJECTS_QUERY = graphql(`
  query ZoneProjects($filter: ProjectFilter) {
    projects(filter: $filter, limit: 1000) {
      id
      stage
      investmentYi
    }
  }
`);

/** A segment's projects in a scope (the segment panel's pipeline: a target already there shows its project). */
export const SEGMENT_PIPELINE_QUERY = graphql(`
  query SegmentPipeline($filter: ProjectFilter) {
    projects(filter: $filter, limit: 1000) {
      id
      name
      stage
      confidential
      enterprise {
        id
      }
    }
  }
`);

export const CHAIN_PROJECTS_QUERY = graphql(`
  query ChainProjects($chainId: ID!, $scope: ID) {
    projects(filter: { chainId: $chainId }, limit: 1000, scope: $scope) {
      ...ProjectRef
    }
  }
`);

export const PROJECT_FOR_EDIT_QUERY = graphql(`
  query ProjectForEdit($id: ID!) {
    project(id: $id) {
      id
      name
      stage
      investmentYi
      signedOn
      plannedProductionOn
      confidential
      landNeedMu
      floorSpaceNeedSqm
      enterprise {
        id
        name
      }
      segment {
        id
        name
      }
      region {
        code
      }
      park {
        id
        name
      }
      parcel {
        id
      }
    }
  }
`);

export const UPSERT_PROJECT = graphql(`
  mutation UpsertProject($input: ProjectInput!) {
    upsertProject(input: $input) {
      id
    }
  }
`);

export const DELETE_PROJECT = graphql(`
  mutation DeleteProject($id: ID!) {
    deleteProject(id: $id)
  }
`);

export const MOVE_PROJECT = graphql(`
  mutation Move($id: ID!, $stage: ProjectStage!) {
    moveProject(id: $id, stage: $stage) {
      id
      stage
    }
  }
`);

export const CREATE_LEAD = graphql(`
  mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {
    createProjectFromTarget(segmentId: $segmentId, enterpriseId: $enterpriseId, scope: $scope) {
      id
      name
    }
  }
`);

export type LoadedProject = NonNullable<ProjectForEditQuery['project']>;
export type PipelineProject = SegmentPipelineQuery['projects'][number];
