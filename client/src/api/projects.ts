/** The project pipeline. */
import { graphql } from './generated/index.js';

export const PIPELINE_QUERY = graphql(`
  query Pipeline($filter: ProjectFilter) { projects(filter: $filter, limit: 1000) { ...ProjectRef } }
`);

export const CHAIN_PROJECTS_QUERY = graphql(`
  query ChainProjects($chainId: ID!) { projects(filter: { chainId: $chainId }, limit: 1000) { ...ProjectRef } }
`);

export const PROJECT_FOR_EDIT_QUERY = graphql(`
  query ProjectForEdit($id: ID!) {
    project(id: $id) {
      id name stage investmentYi signedOn plannedProductionOn confidential
      enterprise { id name } segment { id name } region { code } park { id name }
    }
  }
`);

export const UPSERT_PROJECT = graphql(`
  mutation UpsertProject($input: ProjectInput!) { upsertProject(input: $input) { id } }
`);

export const DELETE_PROJECT = graphql(`
  mutation DeleteProject($id: ID!) { deleteProject(id: $id) }
`);

export const MOVE_PROJECT = graphql(`
  mutation Move($id: ID!, $stage: ProjectStage!) { moveProject(id: $id, stage: $stage) { id stage } }
`);

export const CREATE_LEAD = graphql(`
  mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {
    createProjectFromTarget(segmentId: $segmentId, enterpriseId: $enterpriseId, scope: $scope) { id name }
  }
`);
