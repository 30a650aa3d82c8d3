/** Ranked target enterprises of a gap segment. */
import { graphql } from './generated/index.js';

export const TARGETS_QUERY = graphql(`
  query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {
    targets(segmentId: $segmentId, scope: $scope, limit: $limit, evidence: $evidence) {
      ...TargetFields
    }
  }
`);
