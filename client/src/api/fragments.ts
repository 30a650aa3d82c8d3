/** GraphQL selections shared by several queries. */
export const ENTERPRISE_REF = 'id name nameEn scale listed region { code name }';
export const SEGMENT_FIELDS = 'id chainId name nameEn stage order parentId depth';
export const PROJECT_REF = `id name stage investmentYi signedOn plannedProductionOn confidential enterprise { ${ENTERPRISE_REF} } segment { id name nameEn chainId } region { code name }`;

export const PANORAMA_QUERY = `query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {
  panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {
    chain { id name nameEn description masters { ${ENTERPRISE_REF} } }
    segments { segment { ${SEGMENT_FIELDS} } enterprises { ${ENTERPRISE_REF} } enterpriseCount }
    flows { from to }
  }
}`;

export const STATUS_QUERY = `query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {
  chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence) {
    scope { code name level parentCode }
    strongAt projected
    segments { segment { id } localCount status filling localEnterprises { ${ENTERPRISE_REF} } activeProjects { ${PROJECT_REF} } }
    brokenLinks { from { id } to { id } }
    summary { strong weak missing filling broken }
  }
}`;

export const TARGET_FIELDS = `enterprise { ${ENTERPRISE_REF} } score breakdown { reason reasonEn code points }`;

export const TARGETS_QUERY = `query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {
  targets(segmentId: $segmentId, scope: $scope, limit: $limit, evidence: $evidence) { ${TARGET_FIELDS} }
}`;

export const WHAT_IF_QUERY = `query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {
  whatIf(chainId: $chainId, scope: $scope, strongAt: $strongAt, evidence: $evidence, remove: $remove, add: $add) {
    changes { segment { id } beforeCount afterCount before after }
    brokenBefore { from { id } to { id } }
    brokenAfter { from { id } to { id } }
    masterRate { master { ${ENTERPRISE_REF} } before after }
  }
}`;
