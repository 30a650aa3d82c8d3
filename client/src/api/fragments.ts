/** GraphQL selections shared by several queries. */
export const ENTERPRISE_REF = 'id name nameEn scale listed region { code name }';
export const SEGMENT_FIELDS = 'id chainId name nameEn stage order parentId depth';
export const PROJECT_REF = `id name stage investmentYi signedOn plannedProductionOn confidential enterprise { ${ENTERPRISE_REF} } segment { id name nameEn chainId } region { code name }`;

export const PANORAMA_QUERY = `query Panorama($chainId: ID!, $perSegment: Int) {
  panorama(chainId: $chainId, perSegment: $perSegment) {
    chain { id name nameEn description masters { ${ENTERPRISE_REF} } }
    segments { segment { ${SEGMENT_FIELDS} } enterprises { ${ENTERPRISE_REF} } enterpriseCount }
    flows { from to }
  }
}`;

export const STATUS_QUERY = `query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean) {
  chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected) {
    scope { code name level parentCode }
    strongAt projected
    segments { segment { id } localCount status filling localEnterprises { ${ENTERPRISE_REF} } activeProjects { ${PROJECT_REF} } }
    brokenLinks { from { id } to { id } }
    summary { strong weak missing filling broken }
  }
}`;

export const TARGET_FIELDS = `enterprise { ${ENTERPRISE_REF} } score breakdown { reason reasonEn code points }`;

export const TARGETS_QUERY = `query Targets($segmentId: ID!, $scope: ID, $limit: Int) {
  targets(segmentId: $segmentId, scope: $scope, limit: $limit) { ${TARGET_FIELDS} }
}`;
