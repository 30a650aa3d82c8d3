/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Users { users { name role createdAt tokens { id label createdAt } } }\n": typeof types.UsersDocument,
    "\n  query Audit($user: String, $action: String, $limit: Int) {\n    auditLog(user: $user, action: $action, limit: $limit) { id at user action target detail address }\n  }\n": typeof types.AuditDocument,
    "\n  mutation CreateUser($name: String!, $role: Role!) { createUser(name: $name, role: $role) { user { name } password } }\n": typeof types.CreateUserDocument,
    "\n  mutation SetRole($name: String!, $role: Role!) { setUserRole(name: $name, role: $role) { name role } }\n": typeof types.SetRoleDocument,
    "\n  mutation Revoke($id: ID!) { revokeApiToken(id: $id) }\n": typeof types.RevokeDocument,
    "\n  mutation Remove($name: String!) { removeUser(name: $name) }\n": typeof types.RemoveDocument,
    "\n  query Chains {\n    chains { id name nameEn description masters { ...EnterpriseRef } segments { id } }\n  }\n": typeof types.ChainsDocument,
    "\n  query PipelineChains { chains { id name nameEn } }\n": typeof types.PipelineChainsDocument,
    "\n  query CardStatus($chainId: ID!, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, evidence: $evidence) {\n      scope { name }\n      summary { strong weak missing filling broken }\n      segments { segment { id depth } activeProjects { id } }\n    }\n  }\n": typeof types.CardStatusDocument,
    "\n  query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {\n    panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {\n      chain { id name nameEn description masters { ...EnterpriseRef } }\n      segments { segment { ...SegmentFields } enterprises { ...EnterpriseRef } enterpriseCount }\n      flows { from to }\n    }\n  }\n": typeof types.PanoramaDocument,
    "\n  query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence) {\n      scope { ...RegionFields }\n      strongAt projected\n      segments { segment { id } localCount status filling localEnterprises { ...EnterpriseRef } activeProjects { ...ProjectRef } }\n      brokenLinks { from { id } to { id } }\n      summary { strong weak missing filling broken }\n    }\n  }\n": typeof types.ChainStatusDocument,
    "\n  query Home($chainId: ID!) { chainStatus(chainId: $chainId) { scope { ...RegionFields } } }\n": typeof types.HomeDocument,
    "\n  query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {\n    whatIf(chainId: $chainId, scope: $scope, strongAt: $strongAt, evidence: $evidence, remove: $remove, add: $add) {\n      changes { segment { id } beforeCount afterCount before after }\n      brokenBefore { from { id } to { id } }\n      brokenAfter { from { id } to { id } }\n      masterRate { master { ...EnterpriseRef } before after }\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  query OpenTasks($chainId: ID!) { gapTasks(chainId: $chainId, status: OPEN) { segment { id } unit { name } } }\n": typeof types.OpenTasksDocument,
    "\n  query Benchmark($chainId: ID!, $scopes: [ID!]!, $strongAt: Int, $evidence: EvidenceMode) {\n    benchmark(chainId: $chainId, scopes: $scopes, strongAt: $strongAt, evidence: $evidence) {\n        chain { id name nameEn }\n        scopes { region { code name } strong weak missing leaves coverage }\n        segments { segment { id name nameEn stage depth parentId } cells { scope localCount status } }\n        gaps { segment { id name nameEn } peer { code name } enterprises { id name nameEn region { name } } inPipeline pipelineEnterprises { id } }\n    }\n  }\n": typeof types.BenchmarkDocument,
    "\n  query Console($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) {\n      columns rows rowCount truncated timedOut status elapsedMs\n      graph { nodes { id key labels properties } edges { id type from to } }\n    }\n  }\n": typeof types.ConsoleDocument,
    "\n  query ConsoleLists { exampleQueries { id title titleEn description descriptionEn query params } savedQueries { id name query params mine shared } }\n": typeof types.ConsoleListsDocument,
    "\n  mutation Save($name: String!, $query: String!, $params: JSON, $shared: Boolean) {\n    saveQuery(name: $name, query: $query, params: $params, shared: $shared) { id }\n  }\n": typeof types.SaveDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n": typeof types.DeleteSavedQueryDocument,
    "\n  query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {\n    elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {\n      needs { investmentYi landNeedMu floorSpaceNeedSqm intensityWanPerMu }\n      parks { park { id name } reasons fits ownSegment }\n      parcels { parcel { id name areaMu } reasons fits tooSmall }\n      funds { fund { id name sizeYi } reasons }\n      platforms { platform { id name } reasons }\n    }\n  }\n": typeof types.ElementMatchDocument,
    "\n  query ElementLayer($chainId: ID!, $scope: ID) {\n    elementLayer(chainId: $chainId, scope: $scope) { segment { id } parks { id } vacantSqm parcels { id } availableMu funds { id } platforms { id } }\n  }\n": typeof types.ElementLayerDocument,
    "\n  fragment ParkCardFields on Park {\n    id name kind operator areaMu floorSpaceSqm vacantSqm rentYuanSqmMonth description\n    themes { id name nameEn }\n    enterpriseCount\n    projects { id name stage }\n  }\n": typeof types.ParkCardFieldsFragmentDoc,
    "\n  query Parks($scope: ID) { parks(scope: $scope) { ...ParkCardFields } }\n": typeof types.ParksDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      ...ParkCardFields\n      region { code name }\n      enterprises { id name nameEn }\n      parcels { id name areaMu status use minInvestmentWanPerMu minTaxWanPerMu availableFrom }\n    }\n  }\n": typeof types.ParkDocument,
    "\n  query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {\n    landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {\n      enterprise { id name nameEn } year taxWan outputWan landMu taxPerMu outputPerMu grade rank\n    }\n  }\n": typeof types.LandDocument,
    "\n  query LandYears { landEfficiencyYears }\n": typeof types.LandYearsDocument,
    "\n  query LandDist($year: Int!, $scope: ID) {\n    landGradeDistribution(year: $year, scope: $scope) { chains { id name a b c d } parks { id name a b c d } thresholdA thresholdB thresholdC }\n  }\n": typeof types.LandDistDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRef\n      uscc founded tags\n      segments { segment { id chainId name nameEn } role products evidence source }\n      suppliers { enterprise { ...EnterpriseRef } products since evidence source }\n      customers { enterprise { ...EnterpriseRef } products since evidence source }\n      parks { park { id name } since }\n      projects { ...ProjectRef }\n      leads { id name nameEn }\n    }\n  }\n": typeof types.EnterpriseDocument,
    "\n  mutation Upsert($input: EnterpriseInput!) { upsertEnterprise(input: $input) { id } }\n": typeof types.UpsertDocument,
    "\n  mutation DeleteEnterprise($id: ID!) { deleteEnterprise(id: $id) }\n": typeof types.DeleteEnterpriseDocument,
    "\n  mutation SetSupply($input: SupplyInput!) { setSupply(input: $input) }\n": typeof types.SetSupplyDocument,
    "\n  mutation Unsupply($s: ID!, $c: ID!) { removeSupply(supplierId: $s, customerId: $c) }\n": typeof types.UnsupplyDocument,
    "\n  mutation Place($input: EnterpriseSegmentInput!) { setEnterpriseSegment(input: $input) }\n": typeof types.PlaceDocument,
    "\n  mutation Unplace($e: ID!, $s: ID!) { removeEnterpriseSegment(enterpriseId: $e, segmentId: $s) }\n": typeof types.UnplaceDocument,
    "\n  query Network($id: ID!, $tiers: Int, $scope: ID, $evidence: EvidenceMode) {\n    supplierNetwork(enterpriseId: $id, tiers: $tiers, scope: $scope, evidence: $evidence) {\n      center { id name nameEn }\n      nodes { enterprise { id name nameEn region { name } } tier local group { id name nameEn } }\n      edges { from to evidence source }\n      truncated\n    }\n    supportingRate(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      scope { code name }\n      tier1 { local total rate }\n      tier2 { local total rate }\n      bySegment { segment { id name nameEn } local total rate }\n    }\n    resilience(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      suppliers foreign foreignShare\n      segments { segment { id name nameEn } suppliers local foreign hhi sharesUsed singleSource concentration }\n      soleChannels { enterprise { id name nameEn } carries { id name nameEn } }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  fragment EnterpriseRef on Enterprise {\n    id\n    name\n    nameEn\n    scale\n    listed\n    region { code name }\n  }\n": typeof types.EnterpriseRefFragmentDoc,
    "\n  fragment SegmentFields on Segment {\n    id chainId name nameEn stage order parentId depth\n  }\n": typeof types.SegmentFieldsFragmentDoc,
    "\n  fragment RegionFields on Region {\n    code name level parentCode\n  }\n": typeof types.RegionFieldsFragmentDoc,
    "\n  fragment ProjectRef on Project {\n    id name stage investmentYi signedOn plannedProductionOn confidential\n    enterprise { ...EnterpriseRef }\n    segment { id name nameEn chainId }\n    region { code name }\n  }\n": typeof types.ProjectRefFragmentDoc,
    "\n  fragment TargetFields on Target {\n    enterprise { ...EnterpriseRef }\n    score\n    breakdown { reason reasonEn code points }\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  query Governance($chainId: ID!, $year: Int!, $asOf: String) {\n    chain(id: $chainId) { id name nameEn masters { id name } }\n    chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {\n      asOf\n      chiefs { official { id name post } role }\n      team { unit { id name } role }\n      policies { id title docNumber issuedOn url summary }\n      targets { indicator name value unit kind computed actual progress expected pace }\n      gapTasks { id segment { id name } unit { id name } title owner dueOn status }\n      unassignedGaps { id name status }\n    }\n    workChain(asOf: $asOf, filter: { chainId: $chainId, key: true }) { project { id name } health daysOverdue responsibleUnit { name } }\n  }\n": typeof types.GovernanceDocument,
    "\n  query WorkChain($asOf: String, $filter: WorkChainFilter, $chainId: ID) {\n    chains { id name nameEn }\n    workChain(asOf: $asOf, filter: $filter) {\n      project { id name stage key } health daysOverdue responsiblePerson\n      responsibleUnit { id name } champion { id name }\n      milestones { id name plannedOn doneOn health daysOverdue }\n    }\n    unitScorecard(asOf: $asOf, chainId: $chainId) { unit { id name } overdue dueSoon onTrack done doneLate projects }\n  }\n": typeof types.WorkChainDocument,
    "\n  mutation Done($id: ID!, $doneOn: String!) { markMilestoneDone(id: $id, doneOn: $doneOn) }\n": typeof types.DoneDocument,
    "\n  query Bulletin($from: String!, $to: String!, $asOf: String) {\n    bulletin(from: $from, to: $to, asOf: $asOf) {\n      number title from to asOf projects\n      byHealth { health count } byList { list count overdue }\n      overdueByUnit { unit { id name } items { project { id name } milestone { id name } plannedOn daysOverdue responsiblePerson champion { name } } }\n      doneInPeriod { project { name } milestone { name } plannedOn doneOn late responsibleUnit { name } }\n      stageChanges { projectName from to on user }\n      unassignedGaps { chain { id name } segments { id name status } }\n    }\n  }\n": typeof types.BulletinDocument,
    "\n  mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {\n    importWorkbook(filename: $filename, contentBase64: $contentBase64, dryRun: $dryRun, lang: $lang) {\n      ok dryRun errors { table row column message sheet header } counts { table rows created updated }\n    }\n  }\n": typeof types.ImportDocument,
    "\n  query WorkbookFormat {\n    workbookFormat { name sheet columns { name header required kind description descriptionEn values } examples }\n  }\n": typeof types.WorkbookFormatDocument,
    "\n  query Pipeline($filter: ProjectFilter, $scope: ID) { projects(filter: $filter, limit: 1000, scope: $scope) { ...ProjectRef } }\n": typeof types.PipelineDocument,
    "\n  query ZoneProjects($filter: ProjectFilter) { projects(filter: $filter, limit: 1000) { id stage investmentYi } }\n": typeof types.ZoneProjectsDocument,
    "\n  query SegmentPipeline($filter: ProjectFilter) { projects(filter: $filter, limit: 1000) { id name stage confidential enterprise { id } } }\n": typeof types.SegmentPipelineDocument,
    "\n  query ChainProjects($chainId: ID!, $scope: ID) { projects(filter: { chainId: $chainId }, limit: 1000, scope: $scope) { ...ProjectRef } }\n": typeof types.ChainProjectsDocument,
    "\n  query ProjectForEdit($id: ID!) {\n    project(id: $id) {\n      id name stage investmentYi signedOn plannedProductionOn confidential landNeedMu floorSpaceNeedSqm\n      enterprise { id name } segment { id name } region { code } park { id name } parcel { id }\n    }\n  }\n": typeof types.ProjectForEditDocument,
    "\n  mutation UpsertProject($input: ProjectInput!) { upsertProject(input: $input) { id } }\n": typeof types.UpsertProjectDocument,
    "\n  mutation DeleteProject($id: ID!) { deleteProject(id: $id) }\n": typeof types.DeleteProjectDocument,
    "\n  mutation Move($id: ID!, $stage: ProjectStage!) { moveProject(id: $id, stage: $stage) { id stage } }\n": typeof types.MoveDocument,
    "\n  mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {\n    createProjectFromTarget(segmentId: $segmentId, enterpriseId: $enterpriseId, scope: $scope) { id name }\n  }\n": typeof types.CreateLeadDocument,
    "\n  query Region($code: ID!) { region(code: $code) { ...RegionFields } }\n": typeof types.RegionDocument,
    "\n  query Regions($parent: ID) { regions(parent: $parent) { ...RegionFields } }\n": typeof types.RegionsDocument,
    "\n  query Search($query: String!) {\n    search(query: $query, limit: 12) { kind id name chainId score enterprise { region { name } segments { segment { id name nameEn } } } }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighbors($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int) {\n    neighbors(kind: $kind, id: $id, relation: $relation, offset: $offset, limit: $limit) {\n      node { kind id name nameEn chainId local }\n      groups { relation total nodes { kind id name nameEn chainId local } }\n    }\n  }\n": typeof types.NeighborsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(fromId: $from, toId: $to, maxHops: $maxHops) { nodes { id name nameEn } edges { from to } directed }\n    target: enterprise(id: $to) { id name nameEn }\n  }\n": typeof types.PathsDocument,
    "\n  fragment MeFields on Me {\n    name\n    role\n    allowedOperations\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me { me { ...MeFields } }\n": typeof types.MeDocument,
    "\n  mutation SignIn($name: String!, $password: String!) { signIn(name: $name, password: $password) { ...MeFields } }\n": typeof types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  mutation UpsertSegment($input: SegmentInput!) { upsertSegment(input: $input) { id } }\n": typeof types.UpsertSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) { deleteSegment(id: $id) }\n": typeof types.DeleteSegmentDocument,
    "\n  mutation AddFlow($from: ID!, $to: ID!) { addFlow(from: $from, to: $to) }\n": typeof types.AddFlowDocument,
    "\n  mutation RemoveFlow($from: ID!, $to: ID!) { removeFlow(from: $from, to: $to) }\n": typeof types.RemoveFlowDocument,
    "\n  query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {\n    targets(segmentId: $segmentId, scope: $scope, limit: $limit, evidence: $evidence) { ...TargetFields }\n  }\n": typeof types.TargetsDocument,
};
const documents: Documents = {
    "\n  query Users { users { name role createdAt tokens { id label createdAt } } }\n": types.UsersDocument,
    "\n  query Audit($user: String, $action: String, $limit: Int) {\n    auditLog(user: $user, action: $action, limit: $limit) { id at user action target detail address }\n  }\n": types.AuditDocument,
    "\n  mutation CreateUser($name: String!, $role: Role!) { createUser(name: $name, role: $role) { user { name } password } }\n": types.CreateUserDocument,
    "\n  mutation SetRole($name: String!, $role: Role!) { setUserRole(name: $name, role: $role) { name role } }\n": types.SetRoleDocument,
    "\n  mutation Revoke($id: ID!) { revokeApiToken(id: $id) }\n": types.RevokeDocument,
    "\n  mutation Remove($name: String!) { removeUser(name: $name) }\n": types.RemoveDocument,
    "\n  query Chains {\n    chains { id name nameEn description masters { ...EnterpriseRef } segments { id } }\n  }\n": types.ChainsDocument,
    "\n  query PipelineChains { chains { id name nameEn } }\n": types.PipelineChainsDocument,
    "\n  query CardStatus($chainId: ID!, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, evidence: $evidence) {\n      scope { name }\n      summary { strong weak missing filling broken }\n      segments { segment { id depth } activeProjects { id } }\n    }\n  }\n": types.CardStatusDocument,
    "\n  query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {\n    panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {\n      chain { id name nameEn description masters { ...EnterpriseRef } }\n      segments { segment { ...SegmentFields } enterprises { ...EnterpriseRef } enterpriseCount }\n      flows { from to }\n    }\n  }\n": types.PanoramaDocument,
    "\n  query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence) {\n      scope { ...RegionFields }\n      strongAt projected\n      segments { segment { id } localCount status filling localEnterprises { ...EnterpriseRef } activeProjects { ...ProjectRef } }\n      brokenLinks { from { id } to { id } }\n      summary { strong weak missing filling broken }\n    }\n  }\n": types.ChainStatusDocument,
    "\n  query Home($chainId: ID!) { chainStatus(chainId: $chainId) { scope { ...RegionFields } } }\n": types.HomeDocument,
    "\n  query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {\n    whatIf(chainId: $chainId, scope: $scope, strongAt: $strongAt, evidence: $evidence, remove: $remove, add: $add) {\n      changes { segment { id } beforeCount afterCount before after }\n      brokenBefore { from { id } to { id } }\n      brokenAfter { from { id } to { id } }\n      masterRate { master { ...EnterpriseRef } before after }\n    }\n  }\n": types.WhatIfDocument,
    "\n  query OpenTasks($chainId: ID!) { gapTasks(chainId: $chainId, status: OPEN) { segment { id } unit { name } } }\n": types.OpenTasksDocument,
    "\n  query Benchmark($chainId: ID!, $scopes: [ID!]!, $strongAt: Int, $evidence: EvidenceMode) {\n    benchmark(chainId: $chainId, scopes: $scopes, strongAt: $strongAt, evidence: $evidence) {\n        chain { id name nameEn }\n        scopes { region { code name } strong weak missing leaves coverage }\n        segments { segment { id name nameEn stage depth parentId } cells { scope localCount status } }\n        gaps { segment { id name nameEn } peer { code name } enterprises { id name nameEn region { name } } inPipeline pipelineEnterprises { id } }\n    }\n  }\n": types.BenchmarkDocument,
    "\n  query Console($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) {\n      columns rows rowCount truncated timedOut status elapsedMs\n      graph { nodes { id key labels properties } edges { id type from to } }\n    }\n  }\n": types.ConsoleDocument,
    "\n  query ConsoleLists { exampleQueries { id title titleEn description descriptionEn query params } savedQueries { id name query params mine shared } }\n": types.ConsoleListsDocument,
    "\n  mutation Save($name: String!, $query: String!, $params: JSON, $shared: Boolean) {\n    saveQuery(name: $name, query: $query, params: $params, shared: $shared) { id }\n  }\n": types.SaveDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n": types.DeleteSavedQueryDocument,
    "\n  query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {\n    elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {\n      needs { investmentYi landNeedMu floorSpaceNeedSqm intensityWanPerMu }\n      parks { park { id name } reasons fits ownSegment }\n      parcels { parcel { id name areaMu } reasons fits tooSmall }\n      funds { fund { id name sizeYi } reasons }\n      platforms { platform { id name } reasons }\n    }\n  }\n": types.ElementMatchDocument,
    "\n  query ElementLayer($chainId: ID!, $scope: ID) {\n    elementLayer(chainId: $chainId, scope: $scope) { segment { id } parks { id } vacantSqm parcels { id } availableMu funds { id } platforms { id } }\n  }\n": types.ElementLayerDocument,
    "\n  fragment ParkCardFields on Park {\n    id name kind operator areaMu floorSpaceSqm vacantSqm rentYuanSqmMonth description\n    themes { id name nameEn }\n    enterpriseCount\n    projects { id name stage }\n  }\n": types.ParkCardFieldsFragmentDoc,
    "\n  query Parks($scope: ID) { parks(scope: $scope) { ...ParkCardFields } }\n": types.ParksDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      ...ParkCardFields\n      region { code name }\n      enterprises { id name nameEn }\n      parcels { id name areaMu status use minInvestmentWanPerMu minTaxWanPerMu availableFrom }\n    }\n  }\n": types.ParkDocument,
    "\n  query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {\n    landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {\n      enterprise { id name nameEn } year taxWan outputWan landMu taxPerMu outputPerMu grade rank\n    }\n  }\n": types.LandDocument,
    "\n  query LandYears { landEfficiencyYears }\n": types.LandYearsDocument,
    "\n  query LandDist($year: Int!, $scope: ID) {\n    landGradeDistribution(year: $year, scope: $scope) { chains { id name a b c d } parks { id name a b c d } thresholdA thresholdB thresholdC }\n  }\n": types.LandDistDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRef\n      uscc founded tags\n      segments { segment { id chainId name nameEn } role products evidence source }\n      suppliers { enterprise { ...EnterpriseRef } products since evidence source }\n      customers { enterprise { ...EnterpriseRef } products since evidence source }\n      parks { park { id name } since }\n      projects { ...ProjectRef }\n      leads { id name nameEn }\n    }\n  }\n": types.EnterpriseDocument,
    "\n  mutation Upsert($input: EnterpriseInput!) { upsertEnterprise(input: $input) { id } }\n": types.UpsertDocument,
    "\n  mutation DeleteEnterprise($id: ID!) { deleteEnterprise(id: $id) }\n": types.DeleteEnterpriseDocument,
    "\n  mutation SetSupply($input: SupplyInput!) { setSupply(input: $input) }\n": types.SetSupplyDocument,
    "\n  mutation Unsupply($s: ID!, $c: ID!) { removeSupply(supplierId: $s, customerId: $c) }\n": types.UnsupplyDocument,
    "\n  mutation Place($input: EnterpriseSegmentInput!) { setEnterpriseSegment(input: $input) }\n": types.PlaceDocument,
    "\n  mutation Unplace($e: ID!, $s: ID!) { removeEnterpriseSegment(enterpriseId: $e, segmentId: $s) }\n": types.UnplaceDocument,
    "\n  query Network($id: ID!, $tiers: Int, $scope: ID, $evidence: EvidenceMode) {\n    supplierNetwork(enterpriseId: $id, tiers: $tiers, scope: $scope, evidence: $evidence) {\n      center { id name nameEn }\n      nodes { enterprise { id name nameEn region { name } } tier local group { id name nameEn } }\n      edges { from to evidence source }\n      truncated\n    }\n    supportingRate(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      scope { code name }\n      tier1 { local total rate }\n      tier2 { local total rate }\n      bySegment { segment { id name nameEn } local total rate }\n    }\n    resilience(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      suppliers foreign foreignShare\n      segments { segment { id name nameEn } suppliers local foreign hhi sharesUsed singleSource concentration }\n      soleChannels { enterprise { id name nameEn } carries { id name nameEn } }\n    }\n  }\n": types.NetworkDocument,
    "\n  fragment EnterpriseRef on Enterprise {\n    id\n    name\n    nameEn\n    scale\n    listed\n    region { code name }\n  }\n": types.EnterpriseRefFragmentDoc,
    "\n  fragment SegmentFields on Segment {\n    id chainId name nameEn stage order parentId depth\n  }\n": types.SegmentFieldsFragmentDoc,
    "\n  fragment RegionFields on Region {\n    code name level parentCode\n  }\n": types.RegionFieldsFragmentDoc,
    "\n  fragment ProjectRef on Project {\n    id name stage investmentYi signedOn plannedProductionOn confidential\n    enterprise { ...EnterpriseRef }\n    segment { id name nameEn chainId }\n    region { code name }\n  }\n": types.ProjectRefFragmentDoc,
    "\n  fragment TargetFields on Target {\n    enterprise { ...EnterpriseRef }\n    score\n    breakdown { reason reasonEn code points }\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  query Governance($chainId: ID!, $year: Int!, $asOf: String) {\n    chain(id: $chainId) { id name nameEn masters { id name } }\n    chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {\n      asOf\n      chiefs { official { id name post } role }\n      team { unit { id name } role }\n      policies { id title docNumber issuedOn url summary }\n      targets { indicator name value unit kind computed actual progress expected pace }\n      gapTasks { id segment { id name } unit { id name } title owner dueOn status }\n      unassignedGaps { id name status }\n    }\n    workChain(asOf: $asOf, filter: { chainId: $chainId, key: true }) { project { id name } health daysOverdue responsibleUnit { name } }\n  }\n": types.GovernanceDocument,
    "\n  query WorkChain($asOf: String, $filter: WorkChainFilter, $chainId: ID) {\n    chains { id name nameEn }\n    workChain(asOf: $asOf, filter: $filter) {\n      project { id name stage key } health daysOverdue responsiblePerson\n      responsibleUnit { id name } champion { id name }\n      milestones { id name plannedOn doneOn health daysOverdue }\n    }\n    unitScorecard(asOf: $asOf, chainId: $chainId) { unit { id name } overdue dueSoon onTrack done doneLate projects }\n  }\n": types.WorkChainDocument,
    "\n  mutation Done($id: ID!, $doneOn: String!) { markMilestoneDone(id: $id, doneOn: $doneOn) }\n": types.DoneDocument,
    "\n  query Bulletin($from: String!, $to: String!, $asOf: String) {\n    bulletin(from: $from, to: $to, asOf: $asOf) {\n      number title from to asOf projects\n      byHealth { health count } byList { list count overdue }\n      overdueByUnit { unit { id name } items { project { id name } milestone { id name } plannedOn daysOverdue responsiblePerson champion { name } } }\n      doneInPeriod { project { name } milestone { name } plannedOn doneOn late responsibleUnit { name } }\n      stageChanges { projectName from to on user }\n      unassignedGaps { chain { id name } segments { id name status } }\n    }\n  }\n": types.BulletinDocument,
    "\n  mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {\n    importWorkbook(filename: $filename, contentBase64: $contentBase64, dryRun: $dryRun, lang: $lang) {\n      ok dryRun errors { table row column message sheet header } counts { table rows created updated }\n    }\n  }\n": types.ImportDocument,
    "\n  query WorkbookFormat {\n    workbookFormat { name sheet columns { name header required kind description descriptionEn values } examples }\n  }\n": types.WorkbookFormatDocument,
    "\n  query Pipeline($filter: ProjectFilter, $scope: ID) { projects(filter: $filter, limit: 1000, scope: $scope) { ...ProjectRef } }\n": types.PipelineDocument,
    "\n  query ZoneProjects($filter: ProjectFilter) { projects(filter: $filter, limit: 1000) { id stage investmentYi } }\n": types.ZoneProjectsDocument,
    "\n  query SegmentPipeline($filter: ProjectFilter) { projects(filter: $filter, limit: 1000) { id name stage confidential enterprise { id } } }\n": types.SegmentPipelineDocument,
    "\n  query ChainProjects($chainId: ID!, $scope: ID) { projects(filter: { chainId: $chainId }, limit: 1000, scope: $scope) { ...ProjectRef } }\n": types.ChainProjectsDocument,
    "\n  query ProjectForEdit($id: ID!) {\n    project(id: $id) {\n      id name stage investmentYi signedOn plannedProductionOn confidential landNeedMu floorSpaceNeedSqm\n      enterprise { id name } segment { id name } region { code } park { id name } parcel { id }\n    }\n  }\n": types.ProjectForEditDocument,
    "\n  mutation UpsertProject($input: ProjectInput!) { upsertProject(input: $input) { id } }\n": types.UpsertProjectDocument,
    "\n  mutation DeleteProject($id: ID!) { deleteProject(id: $id) }\n": types.DeleteProjectDocument,
    "\n  mutation Move($id: ID!, $stage: ProjectStage!) { moveProject(id: $id, stage: $stage) { id stage } }\n": types.MoveDocument,
    "\n  mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {\n    createProjectFromTarget(segmentId: $segmentId, enterpriseId: $enterpriseId, scope: $scope) { id name }\n  }\n": types.CreateLeadDocument,
    "\n  query Region($code: ID!) { region(code: $code) { ...RegionFields } }\n": types.RegionDocument,
    "\n  query Regions($parent: ID) { regions(parent: $parent) { ...RegionFields } }\n": types.RegionsDocument,
    "\n  query Search($query: String!) {\n    search(query: $query, limit: 12) { kind id name chainId score enterprise { region { name } segments { segment { id name nameEn } } } }\n  }\n": types.SearchDocument,
    "\n  query Neighbors($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int) {\n    neighbors(kind: $kind, id: $id, relation: $relation, offset: $offset, limit: $limit) {\n      node { kind id name nameEn chainId local }\n      groups { relation total nodes { kind id name nameEn chainId local } }\n    }\n  }\n": types.NeighborsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(fromId: $from, toId: $to, maxHops: $maxHops) { nodes { id name nameEn } edges { from to } directed }\n    target: enterprise(id: $to) { id name nameEn }\n  }\n": types.PathsDocument,
    "\n  fragment MeFields on Me {\n    name\n    role\n    allowedOperations\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me { me { ...MeFields } }\n": types.MeDocument,
    "\n  mutation SignIn($name: String!, $password: String!) { signIn(name: $name, password: $password) { ...MeFields } }\n": types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  mutation UpsertSegment($input: SegmentInput!) { upsertSegment(input: $input) { id } }\n": types.UpsertSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) { deleteSegment(id: $id) }\n": types.DeleteSegmentDocument,
    "\n  mutation AddFlow($from: ID!, $to: ID!) { addFlow(from: $from, to: $to) }\n": types.AddFlowDocument,
    "\n  mutation RemoveFlow($from: ID!, $to: ID!) { removeFlow(from: $from, to: $to) }\n": types.RemoveFlowDocument,
    "\n  query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {\n    targets(segmentId: $segmentId, scope: $scope, limit: $limit, evidence: $evidence) { ...TargetFields }\n  }\n": types.TargetsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users { users { name role createdAt tokens { id label createdAt } } }\n"): typeof import('./graphql.js').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($user: String, $action: String, $limit: Int) {\n    auditLog(user: $user, action: $action, limit: $limit) { id at user action target detail address }\n  }\n"): typeof import('./graphql.js').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($name: String!, $role: Role!) { createUser(name: $name, role: $role) { user { name } password } }\n"): typeof import('./graphql.js').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRole($name: String!, $role: Role!) { setUserRole(name: $name, role: $role) { name role } }\n"): typeof import('./graphql.js').SetRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revoke($id: ID!) { revokeApiToken(id: $id) }\n"): typeof import('./graphql.js').RevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Remove($name: String!) { removeUser(name: $name) }\n"): typeof import('./graphql.js').RemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains {\n    chains { id name nameEn description masters { ...EnterpriseRef } segments { id } }\n  }\n"): typeof import('./graphql.js').ChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineChains { chains { id name nameEn } }\n"): typeof import('./graphql.js').PipelineChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CardStatus($chainId: ID!, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, evidence: $evidence) {\n      scope { name }\n      summary { strong weak missing filling broken }\n      segments { segment { id depth } activeProjects { id } }\n    }\n  }\n"): typeof import('./graphql.js').CardStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {\n    panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {\n      chain { id name nameEn description masters { ...EnterpriseRef } }\n      segments { segment { ...SegmentFields } enterprises { ...EnterpriseRef } enterpriseCount }\n      flows { from to }\n    }\n  }\n"): typeof import('./graphql.js').PanoramaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence) {\n      scope { ...RegionFields }\n      strongAt projected\n      segments { segment { id } localCount status filling localEnterprises { ...EnterpriseRef } activeProjects { ...ProjectRef } }\n      brokenLinks { from { id } to { id } }\n      summary { strong weak missing filling broken }\n    }\n  }\n"): typeof import('./graphql.js').ChainStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($chainId: ID!) { chainStatus(chainId: $chainId) { scope { ...RegionFields } } }\n"): typeof import('./graphql.js').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {\n    whatIf(chainId: $chainId, scope: $scope, strongAt: $strongAt, evidence: $evidence, remove: $remove, add: $add) {\n      changes { segment { id } beforeCount afterCount before after }\n      brokenBefore { from { id } to { id } }\n      brokenAfter { from { id } to { id } }\n      masterRate { master { ...EnterpriseRef } before after }\n    }\n  }\n"): typeof import('./graphql.js').WhatIfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenTasks($chainId: ID!) { gapTasks(chainId: $chainId, status: OPEN) { segment { id } unit { name } } }\n"): typeof import('./graphql.js').OpenTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Benchmark($chainId: ID!, $scopes: [ID!]!, $strongAt: Int, $evidence: EvidenceMode) {\n    benchmark(chainId: $chainId, scopes: $scopes, strongAt: $strongAt, evidence: $evidence) {\n        chain { id name nameEn }\n        scopes { region { code name } strong weak missing leaves coverage }\n        segments { segment { id name nameEn stage depth parentId } cells { scope localCount status } }\n        gaps { segment { id name nameEn } peer { code name } enterprises { id name nameEn region { name } } inPipeline pipelineEnterprises { id } }\n    }\n  }\n"): typeof import('./graphql.js').BenchmarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Console($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) {\n      columns rows rowCount truncated timedOut status elapsedMs\n      graph { nodes { id key labels properties } edges { id type from to } }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleLists { exampleQueries { id title titleEn description descriptionEn query params } savedQueries { id name query params mine shared } }\n"): typeof import('./graphql.js').ConsoleListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Save($name: String!, $query: String!, $params: JSON, $shared: Boolean) {\n    saveQuery(name: $name, query: $query, params: $params, shared: $shared) { id }\n  }\n"): typeof import('./graphql.js').SaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }\n"): typeof import('./graphql.js').DeleteSavedQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {\n    elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {\n      needs { investmentYi landNeedMu floorSpaceNeedSqm intensityWanPerMu }\n      parks { park { id name } reasons fits ownSegment }\n      parcels { parcel { id name areaMu } reasons fits tooSmall }\n      funds { fund { id name sizeYi } reasons }\n      platforms { platform { id name } reasons }\n    }\n  }\n"): typeof import('./graphql.js').ElementMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementLayer($chainId: ID!, $scope: ID) {\n    elementLayer(chainId: $chainId, scope: $scope) { segment { id } parks { id } vacantSqm parcels { id } availableMu funds { id } platforms { id } }\n  }\n"): typeof import('./graphql.js').ElementLayerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParkCardFields on Park {\n    id name kind operator areaMu floorSpaceSqm vacantSqm rentYuanSqmMonth description\n    themes { id name nameEn }\n    enterpriseCount\n    projects { id name stage }\n  }\n"): typeof import('./graphql.js').ParkCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Parks($scope: ID) { parks(scope: $scope) { ...ParkCardFields } }\n"): typeof import('./graphql.js').ParksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Park($id: ID!) {\n    park(id: $id) {\n      ...ParkCardFields\n      region { code name }\n      enterprises { id name nameEn }\n      parcels { id name areaMu status use minInvestmentWanPerMu minTaxWanPerMu availableFrom }\n    }\n  }\n"): typeof import('./graphql.js').ParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {\n    landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {\n      enterprise { id name nameEn } year taxWan outputWan landMu taxPerMu outputPerMu grade rank\n    }\n  }\n"): typeof import('./graphql.js').LandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandYears { landEfficiencyYears }\n"): typeof import('./graphql.js').LandYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandDist($year: Int!, $scope: ID) {\n    landGradeDistribution(year: $year, scope: $scope) { chains { id name a b c d } parks { id name a b c d } thresholdA thresholdB thresholdC }\n  }\n"): typeof import('./graphql.js').LandDistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRef\n      uscc founded tags\n      segments { segment { id chainId name nameEn } role products evidence source }\n      suppliers { enterprise { ...EnterpriseRef } products since evidence source }\n      customers { enterprise { ...EnterpriseRef } products since evidence source }\n      parks { park { id name } since }\n      projects { ...ProjectRef }\n      leads { id name nameEn }\n    }\n  }\n"): typeof import('./graphql.js').EnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Upsert($input: EnterpriseInput!) { upsertEnterprise(input: $input) { id } }\n"): typeof import('./graphql.js').UpsertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEnterprise($id: ID!) { deleteEnterprise(id: $id) }\n"): typeof import('./graphql.js').DeleteEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupply($input: SupplyInput!) { setSupply(input: $input) }\n"): typeof import('./graphql.js').SetSupplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsupply($s: ID!, $c: ID!) { removeSupply(supplierId: $s, customerId: $c) }\n"): typeof import('./graphql.js').UnsupplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Place($input: EnterpriseSegmentInput!) { setEnterpriseSegment(input: $input) }\n"): typeof import('./graphql.js').PlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unplace($e: ID!, $s: ID!) { removeEnterpriseSegment(enterpriseId: $e, segmentId: $s) }\n"): typeof import('./graphql.js').UnplaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($id: ID!, $tiers: Int, $scope: ID, $evidence: EvidenceMode) {\n    supplierNetwork(enterpriseId: $id, tiers: $tiers, scope: $scope, evidence: $evidence) {\n      center { id name nameEn }\n      nodes { enterprise { id name nameEn region { name } } tier local group { id name nameEn } }\n      edges { from to evidence source }\n      truncated\n    }\n    supportingRate(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      scope { code name }\n      tier1 { local total rate }\n      tier2 { local total rate }\n      bySegment { segment { id name nameEn } local total rate }\n    }\n    resilience(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      suppliers foreign foreignShare\n      segments { segment { id name nameEn } suppliers local foreign hhi sharesUsed singleSource concentration }\n      soleChannels { enterprise { id name nameEn } carries { id name nameEn } }\n    }\n  }\n"): typeof import('./graphql.js').NetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseRef on Enterprise {\n    id\n    name\n    nameEn\n    scale\n    listed\n    region { code name }\n  }\n"): typeof import('./graphql.js').EnterpriseRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SegmentFields on Segment {\n    id chainId name nameEn stage order parentId depth\n  }\n"): typeof import('./graphql.js').SegmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFields on Region {\n    code name level parentCode\n  }\n"): typeof import('./graphql.js').RegionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRef on Project {\n    id name stage investmentYi signedOn plannedProductionOn confidential\n    enterprise { ...EnterpriseRef }\n    segment { id name nameEn chainId }\n    region { code name }\n  }\n"): typeof import('./graphql.js').ProjectRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on Target {\n    enterprise { ...EnterpriseRef }\n    score\n    breakdown { reason reasonEn code points }\n  }\n"): typeof import('./graphql.js').TargetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Governance($chainId: ID!, $year: Int!, $asOf: String) {\n    chain(id: $chainId) { id name nameEn masters { id name } }\n    chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {\n      asOf\n      chiefs { official { id name post } role }\n      team { unit { id name } role }\n      policies { id title docNumber issuedOn url summary }\n      targets { indicator name value unit kind computed actual progress expected pace }\n      gapTasks { id segment { id name } unit { id name } title owner dueOn status }\n      unassignedGaps { id name status }\n    }\n    workChain(asOf: $asOf, filter: { chainId: $chainId, key: true }) { project { id name } health daysOverdue responsibleUnit { name } }\n  }\n"): typeof import('./graphql.js').GovernanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkChain($asOf: String, $filter: WorkChainFilter, $chainId: ID) {\n    chains { id name nameEn }\n    workChain(asOf: $asOf, filter: $filter) {\n      project { id name stage key } health daysOverdue responsiblePerson\n      responsibleUnit { id name } champion { id name }\n      milestones { id name plannedOn doneOn health daysOverdue }\n    }\n    unitScorecard(asOf: $asOf, chainId: $chainId) { unit { id name } overdue dueSoon onTrack done doneLate projects }\n  }\n"): typeof import('./graphql.js').WorkChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Done($id: ID!, $doneOn: String!) { markMilestoneDone(id: $id, doneOn: $doneOn) }\n"): typeof import('./graphql.js').DoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bulletin($from: String!, $to: String!, $asOf: String) {\n    bulletin(from: $from, to: $to, asOf: $asOf) {\n      number title from to asOf projects\n      byHealth { health count } byList { list count overdue }\n      overdueByUnit { unit { id name } items { project { id name } milestone { id name } plannedOn daysOverdue responsiblePerson champion { name } } }\n      doneInPeriod { project { name } milestone { name } plannedOn doneOn late responsibleUnit { name } }\n      stageChanges { projectName from to on user }\n      unassignedGaps { chain { id name } segments { id name status } }\n    }\n  }\n"): typeof import('./graphql.js').BulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {\n    importWorkbook(filename: $filename, contentBase64: $contentBase64, dryRun: $dryRun, lang: $lang) {\n      ok dryRun errors { table row column message sheet header } counts { table rows created updated }\n    }\n  }\n"): typeof import('./graphql.js').ImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbookFormat {\n    workbookFormat { name sheet columns { name header required kind description descriptionEn values } examples }\n  }\n"): typeof import('./graphql.js').WorkbookFormatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipeline($filter: ProjectFilter, $scope: ID) { projects(filter: $filter, limit: 1000, scope: $scope) { ...ProjectRef } }\n"): typeof import('./graphql.js').PipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneProjects($filter: ProjectFilter) { projects(filter: $filter, limit: 1000) { id stage investmentYi } }\n"): typeof import('./graphql.js').ZoneProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentPipeline($filter: ProjectFilter) { projects(filter: $filter, limit: 1000) { id name stage confidential enterprise { id } } }\n"): typeof import('./graphql.js').SegmentPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainProjects($chainId: ID!, $scope: ID) { projects(filter: { chainId: $chainId }, limit: 1000, scope: $scope) { ...ProjectRef } }\n"): typeof import('./graphql.js').ChainProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectForEdit($id: ID!) {\n    project(id: $id) {\n      id name stage investmentYi signedOn plannedProductionOn confidential landNeedMu floorSpaceNeedSqm\n      enterprise { id name } segment { id name } region { code } park { id name } parcel { id }\n    }\n  }\n"): typeof import('./graphql.js').ProjectForEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertProject($input: ProjectInput!) { upsertProject(input: $input) { id } }\n"): typeof import('./graphql.js').UpsertProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($id: ID!) { deleteProject(id: $id) }\n"): typeof import('./graphql.js').DeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Move($id: ID!, $stage: ProjectStage!) { moveProject(id: $id, stage: $stage) { id stage } }\n"): typeof import('./graphql.js').MoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {\n    createProjectFromTarget(segmentId: $segmentId, enterpriseId: $enterpriseId, scope: $scope) { id name }\n  }\n"): typeof import('./graphql.js').CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($code: ID!) { region(code: $code) { ...RegionFields } }\n"): typeof import('./graphql.js').RegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($parent: ID) { regions(parent: $parent) { ...RegionFields } }\n"): typeof import('./graphql.js').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!) {\n    search(query: $query, limit: 12) { kind id name chainId score enterprise { region { name } segments { segment { id name nameEn } } } }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbors($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int) {\n    neighbors(kind: $kind, id: $id, relation: $relation, offset: $offset, limit: $limit) {\n      node { kind id name nameEn chainId local }\n      groups { relation total nodes { kind id name nameEn chainId local } }\n    }\n  }\n"): typeof import('./graphql.js').NeighborsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(fromId: $from, toId: $to, maxHops: $maxHops) { nodes { id name nameEn } edges { from to } directed }\n    target: enterprise(id: $to) { id name nameEn }\n  }\n"): typeof import('./graphql.js').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    name\n    role\n    allowedOperations\n  }\n"): typeof import('./graphql.js').MeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { ...MeFields } }\n"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($name: String!, $password: String!) { signIn(name: $name, password: $password) { ...MeFields } }\n"): typeof import('./graphql.js').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): typeof import('./graphql.js').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertSegment($input: SegmentInput!) { upsertSegment(input: $input) { id } }\n"): typeof import('./graphql.js').UpsertSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSegment($id: ID!) { deleteSegment(id: $id) }\n"): typeof import('./graphql.js').DeleteSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFlow($from: ID!, $to: ID!) { addFlow(from: $from, to: $to) }\n"): typeof import('./graphql.js').AddFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFlow($from: ID!, $to: ID!) { removeFlow(from: $from, to: $to) }\n"): typeof import('./graphql.js').RemoveFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {\n    targets(segmentId: $segmentId, scope: $scope, limit: $limit, evidence: $evidence) { ...TargetFields }\n  }\n"): typeof import('./graphql.js').TargetsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
