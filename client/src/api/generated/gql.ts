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
    "\n  query Users {\n    users {\n      name\n      role\n      createdAt\n      tokens {\n        id\n        label\n        createdAt\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query Audit($user: String, $action: String, $limit: Int) {\n    auditLog(user: $user, action: $action, limit: $limit) {\n      id\n      at\n      user\n      action\n      target\n      detail\n      address\n    }\n  }\n": typeof types.AuditDocument,
    "\n  mutation CreateUser($name: String!, $role: Role!) {\n    createUser(name: $name, role: $role) {\n      user {\n        name\n      }\n      password\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetRole($name: String!, $role: Role!) {\n    setUserRole(name: $name, role: $role) {\n      name\n      role\n    }\n  }\n": typeof types.SetRoleDocument,
    "\n  mutation Revoke($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeDocument,
    "\n  mutation Remove($name: String!) {\n    removeUser(name: $name)\n  }\n": typeof types.RemoveDocument,
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      masters {\n        ...EnterpriseRef\n      }\n      segments {\n        id\n      }\n    }\n  }\n": typeof types.ChainsDocument,
    "\n  query PipelineChains {\n    chains {\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.PipelineChainsDocument,
    "\n  query CardStatus($chainId: ID!, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, evidence: $evidence) {\n      scope {\n        name\n      }\n      summary {\n        strong\n        weak\n        missing\n        filling\n        broken\n      }\n      segments {\n        segment {\n          id\n          depth\n        }\n        activeProjectIds\n      }\n    }\n  }\n": typeof types.CardStatusDocument,
    "\n  query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {\n    panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {\n      chain {\n        id\n        name\n        nameEn\n        description\n        masters {\n          ...EnterpriseRef\n        }\n      }\n      segments {\n        segment {\n          ...SegmentFields\n        }\n        enterprises {\n          ...EnterpriseRef\n        }\n        enterpriseCount\n      }\n      flows {\n        from\n        to\n      }\n    }\n  }\n": typeof types.PanoramaDocument,
    "\n  query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence) {\n      scope {\n        ...RegionFields\n      }\n      strongAt\n      projected\n      segments {\n        segment {\n          id\n        }\n        localCount\n        status\n        filling\n        activeProjectIds\n      }\n      brokenLinks {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      summary {\n        strong\n        weak\n        missing\n        filling\n        broken\n      }\n    }\n  }\n": typeof types.ChainStatusDocument,
    "\n  query ChainStatusLists($chainId: ID!, $scope: ID, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, evidence: $evidence) {\n      segments {\n        segment {\n          id\n        }\n        localEnterprises {\n          ...EnterpriseRef\n        }\n        activeProjects {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n": typeof types.ChainStatusListsDocument,
    "\n  query SegmentLocals($chainId: ID!, $segmentId: ID!, $scope: ID, $evidence: EvidenceMode, $first: Int, $after: ID) {\n    segmentLocals(chainId: $chainId, segmentId: $segmentId, scope: $scope, evidence: $evidence, first: $first, after: $after) {\n      totalCount\n      enterprises {\n        ...EnterpriseRef\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.SegmentLocalsDocument,
    "\n  query Home($chainId: ID!) {\n    chainStatus(chainId: $chainId) {\n      scope {\n        ...RegionFields\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {\n    whatIf(chainId: $chainId, scope: $scope, strongAt: $strongAt, evidence: $evidence, remove: $remove, add: $add) {\n      changes {\n        segment {\n          id\n        }\n        beforeCount\n        afterCount\n        before\n        after\n      }\n      brokenBefore {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      brokenAfter {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      masterRate {\n        master {\n          ...EnterpriseRef\n        }\n        before\n        after\n      }\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  query OpenTasks($chainId: ID!) {\n    gapTasks(chainId: $chainId, status: OPEN) {\n      segment {\n        id\n      }\n      unit {\n        name\n      }\n    }\n  }\n": typeof types.OpenTasksDocument,
    "\n  query Benchmark($chainId: ID!, $scopes: [ID!]!, $strongAt: Int, $evidence: EvidenceMode) {\n    benchmark(chainId: $chainId, scopes: $scopes, strongAt: $strongAt, evidence: $evidence) {\n      chain {\n        id\n        name\n        nameEn\n      }\n      scopes {\n        region {\n          code\n          name\n        }\n        strong\n        weak\n        missing\n        leaves\n        coverage\n      }\n      segments {\n        segment {\n          id\n          name\n          nameEn\n          stage\n          depth\n          parentId\n        }\n        cells {\n          scope\n          localCount\n          status\n        }\n      }\n      gaps {\n        segment {\n          id\n          name\n          nameEn\n        }\n        peer {\n          code\n          name\n        }\n        enterprises {\n          id\n          name\n          nameEn\n          region {\n            name\n          }\n        }\n        inPipeline\n        pipelineEnterprises {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BenchmarkDocument,
    "\n  query Console($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) {\n      columns\n      rows\n      rowCount\n      truncated\n      timedOut\n      status\n      elapsedMs\n      graph {\n        nodes {\n          id\n          key\n          labels\n          properties\n        }\n        edges {\n          id\n          type\n          from\n          to\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDocument,
    "\n  query ConsoleLists {\n    exampleQueries {\n      id\n      title\n      titleEn\n      description\n      descriptionEn\n      query\n      params\n    }\n    savedQueries {\n      id\n      name\n      query\n      params\n      mine\n      shared\n    }\n  }\n": typeof types.ConsoleListsDocument,
    "\n  mutation Save($name: String!, $query: String!, $params: JSON, $shared: Boolean) {\n    saveQuery(name: $name, query: $query, params: $params, shared: $shared) {\n      id\n    }\n  }\n": typeof types.SaveDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n": typeof types.DeleteSavedQueryDocument,
    "\n  query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {\n    elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {\n      needs {\n        investmentYi\n        landNeedMu\n        floorSpaceNeedSqm\n        intensityWanPerMu\n      }\n      parks {\n        park {\n          id\n          name\n        }\n        reasons\n        fits\n        ownSegment\n      }\n      parcels {\n        parcel {\n          id\n          name\n          areaMu\n        }\n        reasons\n        fits\n        tooSmall\n      }\n      funds {\n        fund {\n          id\n          name\n          sizeYi\n        }\n        reasons\n      }\n      platforms {\n        platform {\n          id\n          name\n        }\n        reasons\n      }\n    }\n  }\n": typeof types.ElementMatchDocument,
    "\n  query ElementLayer($chainId: ID!, $scope: ID) {\n    elementLayer(chainId: $chainId, scope: $scope) {\n      segment {\n        id\n      }\n      parks {\n        id\n      }\n      vacantSqm\n      parcels {\n        id\n      }\n      availableMu\n      funds {\n        id\n      }\n      platforms {\n        id\n      }\n    }\n  }\n": typeof types.ElementLayerDocument,
    "\n  fragment ParkCardFields on Park {\n    id\n    name\n    kind\n    operator\n    areaMu\n    floorSpaceSqm\n    vacantSqm\n    rentYuanSqmMonth\n    description\n    themes {\n      id\n      name\n      nameEn\n    }\n    enterpriseCount\n    projects {\n      id\n      name\n      stage\n    }\n  }\n": typeof types.ParkCardFieldsFragmentDoc,
    "\n  query Parks($scope: ID) {\n    parks(scope: $scope) {\n      ...ParkCardFields\n    }\n  }\n": typeof types.ParksDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      ...ParkCardFields\n      region {\n        code\n        name\n      }\n      enterprises {\n        id\n        name\n        nameEn\n      }\n      parcels {\n        id\n        name\n        areaMu\n        status\n        use\n        minInvestmentWanPerMu\n        minTaxWanPerMu\n        availableFrom\n      }\n    }\n  }\n": typeof types.ParkDocument,
    "\n  query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {\n    landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {\n      enterprise {\n        id\n        name\n        nameEn\n      }\n      year\n      taxWan\n      outputWan\n      landMu\n      taxPerMu\n      outputPerMu\n      grade\n      rank\n    }\n  }\n": typeof types.LandDocument,
    "\n  query LandYears {\n    landEfficiencyYears\n  }\n": typeof types.LandYearsDocument,
    "\n  query LandDist($year: Int!, $scope: ID) {\n    landGradeDistribution(year: $year, scope: $scope) {\n      chains {\n        id\n        name\n        a\n        b\n        c\n        d\n      }\n      parks {\n        id\n        name\n        a\n        b\n        c\n        d\n      }\n      thresholdA\n      thresholdB\n      thresholdC\n    }\n  }\n": typeof types.LandDistDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRef\n      uscc\n      founded\n      tags\n      segments {\n        segment {\n          id\n          chainId\n          name\n          nameEn\n        }\n        role\n        products\n        evidence\n        source\n      }\n      suppliers {\n        enterprise {\n          ...EnterpriseRef\n        }\n        products\n        since\n        evidence\n        source\n      }\n      customers {\n        enterprise {\n          ...EnterpriseRef\n        }\n        products\n        since\n        evidence\n        source\n      }\n      parks {\n        park {\n          id\n          name\n        }\n        since\n      }\n      projects {\n        ...ProjectRef\n      }\n      leads {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.EnterpriseDocument,
    "\n  mutation Upsert($input: EnterpriseInput!) {\n    upsertEnterprise(input: $input) {\n      id\n    }\n  }\n": typeof types.UpsertDocument,
    "\n  mutation DeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": typeof types.DeleteEnterpriseDocument,
    "\n  mutation SetSupply($input: SupplyInput!) {\n    setSupply(input: $input)\n  }\n": typeof types.SetSupplyDocument,
    "\n  mutation Unsupply($s: ID!, $c: ID!) {\n    removeSupply(supplierId: $s, customerId: $c)\n  }\n": typeof types.UnsupplyDocument,
    "\n  mutation Place($input: EnterpriseSegmentInput!) {\n    setEnterpriseSegment(input: $input)\n  }\n": typeof types.PlaceDocument,
    "\n  mutation Unplace($e: ID!, $s: ID!) {\n    removeEnterpriseSegment(enterpriseId: $e, segmentId: $s)\n  }\n": typeof types.UnplaceDocument,
    "\n  query Network($id: ID!, $tiers: Int, $scope: ID, $evidence: EvidenceMode) {\n    supplierNetwork(enterpriseId: $id, tiers: $tiers, scope: $scope, evidence: $evidence) {\n      center {\n        id\n        name\n        nameEn\n      }\n      nodes {\n        enterprise {\n          id\n          name\n          nameEn\n          region {\n            name\n          }\n        }\n        tier\n        local\n        group {\n          id\n          name\n          nameEn\n        }\n      }\n      edges {\n        from\n        to\n        evidence\n        source\n      }\n      truncated\n    }\n    supportingRate(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      scope {\n        code\n        name\n      }\n      tier1 {\n        local\n        total\n        rate\n      }\n      tier2 {\n        local\n        total\n        rate\n      }\n      bySegment {\n        segment {\n          id\n          name\n          nameEn\n        }\n        local\n        total\n        rate\n      }\n    }\n    resilience(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      suppliers\n      foreign\n      foreignShare\n      segments {\n        segment {\n          id\n          name\n          nameEn\n        }\n        suppliers\n        local\n        foreign\n        hhi\n        sharesUsed\n        singleSource\n        concentration\n      }\n      soleChannelCount\n      soleChannels {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        carriesCount\n        carries {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query ResilienceSuppliers($id: ID!, $scope: ID, $evidence: EvidenceMode, $segmentId: ID, $offset: Int, $limit: Int) {\n    resilienceSuppliers(enterpriseId: $id, scope: $scope, evidence: $evidence, segmentId: $segmentId, offset: $offset, limit: $limit) {\n      total\n      offset\n      suppliers {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        share\n        local\n        foreign\n      }\n    }\n  }\n": typeof types.ResilienceSuppliersDocument,
    "\n  query ResilienceSoleChannels($id: ID!, $evidence: EvidenceMode, $offset: Int, $limit: Int) {\n    resilienceSoleChannels(enterpriseId: $id, evidence: $evidence, offset: $offset, limit: $limit) {\n      total\n      offset\n      channels {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        carries {\n          id\n          name\n          nameEn\n        }\n        carriesCount\n      }\n    }\n  }\n": typeof types.ResilienceSoleChannelsDocument,
    "\n  fragment EnterpriseRef on Enterprise {\n    id\n    name\n    nameEn\n    scale\n    listed\n    region {\n      code\n      name\n    }\n  }\n": typeof types.EnterpriseRefFragmentDoc,
    "\n  fragment SegmentFields on Segment {\n    id\n    chainId\n    name\n    nameEn\n    stage\n    order\n    parentId\n    depth\n  }\n": typeof types.SegmentFieldsFragmentDoc,
    "\n  fragment RegionFields on Region {\n    code\n    name\n    level\n    parentCode\n  }\n": typeof types.RegionFieldsFragmentDoc,
    "\n  fragment ProjectRef on Project {\n    id\n    name\n    stage\n    investmentYi\n    signedOn\n    plannedProductionOn\n    confidential\n    enterprise {\n      ...EnterpriseRef\n    }\n    segment {\n      id\n      name\n      nameEn\n      chainId\n    }\n    region {\n      code\n      name\n    }\n  }\n": typeof types.ProjectRefFragmentDoc,
    "\n  fragment TargetFields on Target {\n    enterprise {\n      ...EnterpriseRef\n    }\n    score\n    breakdown {\n      reason\n      reasonEn\n      code\n      points\n    }\n  }\n": typeof types.TargetFieldsFragmentDoc,
    "\n  query Governance($chainId: ID!, $year: Int!, $asOf: String) {\n    chain(id: $chainId) {\n      id\n      name\n      nameEn\n      masters {\n        id\n        name\n      }\n    }\n    chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {\n      asOf\n      chiefs {\n        official {\n          id\n          name\n          post\n        }\n        role\n      }\n      team {\n        unit {\n          id\n          name\n        }\n        role\n      }\n      policies {\n        id\n        title\n        docNumber\n        issuedOn\n        url\n        summary\n      }\n      targets {\n        indicator\n        name\n        value\n        unit\n        kind\n        computed\n        actual\n        progress\n        expected\n        pace\n      }\n      gapTasks {\n        id\n        segment {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        title\n        owner\n        dueOn\n        status\n      }\n      unassignedGaps {\n        id\n        name\n        status\n      }\n    }\n    workChain(asOf: $asOf, filter: { chainId: $chainId, key: true }) {\n      project {\n        id\n        name\n      }\n      health\n      daysOverdue\n      responsibleUnit {\n        name\n      }\n    }\n  }\n": typeof types.GovernanceDocument,
    "\n  query WorkChain($asOf: String, $filter: WorkChainFilter, $chainId: ID) {\n    chains {\n      id\n      name\n      nameEn\n    }\n    workChain(asOf: $asOf, filter: $filter) {\n      project {\n        id\n        name\n        stage\n        key\n      }\n      health\n      daysOverdue\n      responsiblePerson\n      responsibleUnit {\n        id\n        name\n      }\n      champion {\n        id\n        name\n      }\n      milestones {\n        id\n        name\n        plannedOn\n        doneOn\n        health\n        daysOverdue\n      }\n    }\n    unitScorecard(asOf: $asOf, chainId: $chainId) {\n      unit {\n        id\n        name\n      }\n      overdue\n      dueSoon\n      onTrack\n      done\n      doneLate\n      projects\n    }\n  }\n": typeof types.WorkChainDocument,
    "\n  mutation Done($id: ID!, $doneOn: String!) {\n    markMilestoneDone(id: $id, doneOn: $doneOn)\n  }\n": typeof types.DoneDocument,
    "\n  query Bulletin($from: String!, $to: String!, $asOf: String) {\n    bulletin(from: $from, to: $to, asOf: $asOf) {\n      number\n      title\n      from\n      to\n      asOf\n      projects\n      byHealth {\n        health\n        count\n      }\n      byList {\n        list\n        count\n        overdue\n      }\n      overdueByUnit {\n        unit {\n          id\n          name\n        }\n        items {\n          project {\n            id\n            name\n          }\n          milestone {\n            id\n            name\n          }\n          plannedOn\n          daysOverdue\n          responsiblePerson\n          champion {\n            name\n          }\n        }\n      }\n      doneInPeriod {\n        project {\n          name\n        }\n        milestone {\n          name\n        }\n        plannedOn\n        doneOn\n        late\n        responsibleUnit {\n          name\n        }\n      }\n      stageChanges {\n        projectName\n        from\n        to\n        on\n        user\n      }\n      unassignedGaps {\n        chain {\n          id\n          name\n        }\n        segments {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.BulletinDocument,
    "\n  mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {\n    importWorkbook(filename: $filename, contentBase64: $contentBase64, dryRun: $dryRun, lang: $lang) {\n      ok\n      dryRun\n      errors {\n        table\n        row\n        column\n        message\n        sheet\n        header\n      }\n      counts {\n        table\n        rows\n        created\n        updated\n      }\n    }\n  }\n": typeof types.ImportDocument,
    "\n  query WorkbookFormat {\n    workbookFormat {\n      name\n      sheet\n      columns {\n        name\n        header\n        required\n        kind\n        description\n        descriptionEn\n        values\n      }\n      examples\n    }\n  }\n": typeof types.WorkbookFormatDocument,
    "\n  query Pipeline($filter: ProjectFilter, $scope: ID) {\n    projects(filter: $filter, limit: 1000, scope: $scope) {\n      ...ProjectRef\n    }\n  }\n": typeof types.PipelineDocument,
    "\n  query ZoneProjects($filter: ProjectFilter) {\n    projects(filter: $filter, limit: 1000) {\n      id\n      stage\n      investmentYi\n    }\n  }\n": typeof types.ZoneProjectsDocument,
    "\n  query SegmentPipeline($filter: ProjectFilter) {\n    projects(filter: $filter, limit: 1000) {\n      id\n      name\n      stage\n      confidential\n      enterprise {\n        id\n      }\n    }\n  }\n": typeof types.SegmentPipelineDocument,
    "\n  query ChainProjects($chainId: ID!, $scope: ID) {\n    projects(filter: { chainId: $chainId }, limit: 1000, scope: $scope) {\n      ...ProjectRef\n    }\n  }\n": typeof types.ChainProjectsDocument,
    "\n  query ProjectForEdit($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      stage\n      investmentYi\n      signedOn\n      plannedProductionOn\n      confidential\n      landNeedMu\n      floorSpaceNeedSqm\n      enterprise {\n        id\n        name\n      }\n      segment {\n        id\n        name\n      }\n      region {\n        code\n      }\n      park {\n        id\n        name\n      }\n      parcel {\n        id\n      }\n    }\n  }\n": typeof types.ProjectForEditDocument,
    "\n  mutation UpsertProject($input: ProjectInput!) {\n    upsertProject(input: $input) {\n      id\n    }\n  }\n": typeof types.UpsertProjectDocument,
    "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n": typeof types.DeleteProjectDocument,
    "\n  mutation Move($id: ID!, $stage: ProjectStage!) {\n    moveProject(id: $id, stage: $stage) {\n      id\n      stage\n    }\n  }\n": typeof types.MoveDocument,
    "\n  mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {\n    createProjectFromTarget(segmentId: $segmentId, enterpriseId: $enterpriseId, scope: $scope) {\n      id\n      name\n    }\n  }\n": typeof types.CreateLeadDocument,
    "\n  query Region($code: ID!) {\n    region(code: $code) {\n      ...RegionFields\n    }\n  }\n": typeof types.RegionDocument,
    "\n  query Regions($parent: ID) {\n    regions(parent: $parent) {\n      ...RegionFields\n    }\n  }\n": typeof types.RegionsDocument,
    "\n  query Search($query: String!) {\n    search(query: $query, limit: 12) {\n      kind\n      id\n      name\n      chainId\n      score\n      enterprise {\n        region {\n          name\n        }\n        segments {\n          segment {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Neighbors($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int) {\n    neighbors(kind: $kind, id: $id, relation: $relation, offset: $offset, limit: $limit) {\n      node {\n        kind\n        id\n        name\n        nameEn\n        chainId\n        local\n      }\n      groups {\n        relation\n        total\n        nodes {\n          kind\n          id\n          name\n          nameEn\n          chainId\n          local\n        }\n      }\n    }\n  }\n": typeof types.NeighborsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(fromId: $from, toId: $to, maxHops: $maxHops) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n      edges {\n        from\n        to\n      }\n      directed\n    }\n    target: enterprise(id: $to) {\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.PathsDocument,
    "\n  fragment MeFields on Me {\n    name\n    role\n    allowedOperations\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($name: String!, $password: String!) {\n    signIn(name: $name, password: $password) {\n      ...MeFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpsertSegment($input: SegmentInput!) {\n    upsertSegment(input: $input) {\n      id\n    }\n  }\n": typeof types.UpsertSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": typeof types.DeleteSegmentDocument,
    "\n  mutation AddFlow($from: ID!, $to: ID!) {\n    addFlow(from: $from, to: $to)\n  }\n": typeof types.AddFlowDocument,
    "\n  mutation RemoveFlow($from: ID!, $to: ID!) {\n    removeFlow(from: $from, to: $to)\n  }\n": typeof types.RemoveFlowDocument,
    "\n  query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {\n    targets(segmentId: $segmentId, scope: $scope, limit: $limit, evidence: $evidence) {\n      ...TargetFields\n    }\n  }\n": typeof types.TargetsDocument,
};
const documents: Documents = {
    "\n  query Users {\n    users {\n      name\n      role\n      createdAt\n      tokens {\n        id\n        label\n        createdAt\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query Audit($user: String, $action: String, $limit: Int) {\n    auditLog(user: $user, action: $action, limit: $limit) {\n      id\n      at\n      user\n      action\n      target\n      detail\n      address\n    }\n  }\n": types.AuditDocument,
    "\n  mutation CreateUser($name: String!, $role: Role!) {\n    createUser(name: $name, role: $role) {\n      user {\n        name\n      }\n      password\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetRole($name: String!, $role: Role!) {\n    setUserRole(name: $name, role: $role) {\n      name\n      role\n    }\n  }\n": types.SetRoleDocument,
    "\n  mutation Revoke($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeDocument,
    "\n  mutation Remove($name: String!) {\n    removeUser(name: $name)\n  }\n": types.RemoveDocument,
    "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      masters {\n        ...EnterpriseRef\n      }\n      segments {\n        id\n      }\n    }\n  }\n": types.ChainsDocument,
    "\n  query PipelineChains {\n    chains {\n      id\n      name\n      nameEn\n    }\n  }\n": types.PipelineChainsDocument,
    "\n  query CardStatus($chainId: ID!, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, evidence: $evidence) {\n      scope {\n        name\n      }\n      summary {\n        strong\n        weak\n        missing\n        filling\n        broken\n      }\n      segments {\n        segment {\n          id\n          depth\n        }\n        activeProjectIds\n      }\n    }\n  }\n": types.CardStatusDocument,
    "\n  query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {\n    panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {\n      chain {\n        id\n        name\n        nameEn\n        description\n        masters {\n          ...EnterpriseRef\n        }\n      }\n      segments {\n        segment {\n          ...SegmentFields\n        }\n        enterprises {\n          ...EnterpriseRef\n        }\n        enterpriseCount\n      }\n      flows {\n        from\n        to\n      }\n    }\n  }\n": types.PanoramaDocument,
    "\n  query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence) {\n      scope {\n        ...RegionFields\n      }\n      strongAt\n      projected\n      segments {\n        segment {\n          id\n        }\n        localCount\n        status\n        filling\n        activeProjectIds\n      }\n      brokenLinks {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      summary {\n        strong\n        weak\n        missing\n        filling\n        broken\n      }\n    }\n  }\n": types.ChainStatusDocument,
    "\n  query ChainStatusLists($chainId: ID!, $scope: ID, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, evidence: $evidence) {\n      segments {\n        segment {\n          id\n        }\n        localEnterprises {\n          ...EnterpriseRef\n        }\n        activeProjects {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n": types.ChainStatusListsDocument,
    "\n  query SegmentLocals($chainId: ID!, $segmentId: ID!, $scope: ID, $evidence: EvidenceMode, $first: Int, $after: ID) {\n    segmentLocals(chainId: $chainId, segmentId: $segmentId, scope: $scope, evidence: $evidence, first: $first, after: $after) {\n      totalCount\n      enterprises {\n        ...EnterpriseRef\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.SegmentLocalsDocument,
    "\n  query Home($chainId: ID!) {\n    chainStatus(chainId: $chainId) {\n      scope {\n        ...RegionFields\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {\n    whatIf(chainId: $chainId, scope: $scope, strongAt: $strongAt, evidence: $evidence, remove: $remove, add: $add) {\n      changes {\n        segment {\n          id\n        }\n        beforeCount\n        afterCount\n        before\n        after\n      }\n      brokenBefore {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      brokenAfter {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      masterRate {\n        master {\n          ...EnterpriseRef\n        }\n        before\n        after\n      }\n    }\n  }\n": types.WhatIfDocument,
    "\n  query OpenTasks($chainId: ID!) {\n    gapTasks(chainId: $chainId, status: OPEN) {\n      segment {\n        id\n      }\n      unit {\n        name\n      }\n    }\n  }\n": types.OpenTasksDocument,
    "\n  query Benchmark($chainId: ID!, $scopes: [ID!]!, $strongAt: Int, $evidence: EvidenceMode) {\n    benchmark(chainId: $chainId, scopes: $scopes, strongAt: $strongAt, evidence: $evidence) {\n      chain {\n        id\n        name\n        nameEn\n      }\n      scopes {\n        region {\n          code\n          name\n        }\n        strong\n        weak\n        missing\n        leaves\n        coverage\n      }\n      segments {\n        segment {\n          id\n          name\n          nameEn\n          stage\n          depth\n          parentId\n        }\n        cells {\n          scope\n          localCount\n          status\n        }\n      }\n      gaps {\n        segment {\n          id\n          name\n          nameEn\n        }\n        peer {\n          code\n          name\n        }\n        enterprises {\n          id\n          name\n          nameEn\n          region {\n            name\n          }\n        }\n        inPipeline\n        pipelineEnterprises {\n          id\n        }\n      }\n    }\n  }\n": types.BenchmarkDocument,
    "\n  query Console($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) {\n      columns\n      rows\n      rowCount\n      truncated\n      timedOut\n      status\n      elapsedMs\n      graph {\n        nodes {\n          id\n          key\n          labels\n          properties\n        }\n        edges {\n          id\n          type\n          from\n          to\n        }\n      }\n    }\n  }\n": types.ConsoleDocument,
    "\n  query ConsoleLists {\n    exampleQueries {\n      id\n      title\n      titleEn\n      description\n      descriptionEn\n      query\n      params\n    }\n    savedQueries {\n      id\n      name\n      query\n      params\n      mine\n      shared\n    }\n  }\n": types.ConsoleListsDocument,
    "\n  mutation Save($name: String!, $query: String!, $params: JSON, $shared: Boolean) {\n    saveQuery(name: $name, query: $query, params: $params, shared: $shared) {\n      id\n    }\n  }\n": types.SaveDocument,
    "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n": types.DeleteSavedQueryDocument,
    "\n  query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {\n    elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {\n      needs {\n        investmentYi\n        landNeedMu\n        floorSpaceNeedSqm\n        intensityWanPerMu\n      }\n      parks {\n        park {\n          id\n          name\n        }\n        reasons\n        fits\n        ownSegment\n      }\n      parcels {\n        parcel {\n          id\n          name\n          areaMu\n        }\n        reasons\n        fits\n        tooSmall\n      }\n      funds {\n        fund {\n          id\n          name\n          sizeYi\n        }\n        reasons\n      }\n      platforms {\n        platform {\n          id\n          name\n        }\n        reasons\n      }\n    }\n  }\n": types.ElementMatchDocument,
    "\n  query ElementLayer($chainId: ID!, $scope: ID) {\n    elementLayer(chainId: $chainId, scope: $scope) {\n      segment {\n        id\n      }\n      parks {\n        id\n      }\n      vacantSqm\n      parcels {\n        id\n      }\n      availableMu\n      funds {\n        id\n      }\n      platforms {\n        id\n      }\n    }\n  }\n": types.ElementLayerDocument,
    "\n  fragment ParkCardFields on Park {\n    id\n    name\n    kind\n    operator\n    areaMu\n    floorSpaceSqm\n    vacantSqm\n    rentYuanSqmMonth\n    description\n    themes {\n      id\n      name\n      nameEn\n    }\n    enterpriseCount\n    projects {\n      id\n      name\n      stage\n    }\n  }\n": types.ParkCardFieldsFragmentDoc,
    "\n  query Parks($scope: ID) {\n    parks(scope: $scope) {\n      ...ParkCardFields\n    }\n  }\n": types.ParksDocument,
    "\n  query Park($id: ID!) {\n    park(id: $id) {\n      ...ParkCardFields\n      region {\n        code\n        name\n      }\n      enterprises {\n        id\n        name\n        nameEn\n      }\n      parcels {\n        id\n        name\n        areaMu\n        status\n        use\n        minInvestmentWanPerMu\n        minTaxWanPerMu\n        availableFrom\n      }\n    }\n  }\n": types.ParkDocument,
    "\n  query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {\n    landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {\n      enterprise {\n        id\n        name\n        nameEn\n      }\n      year\n      taxWan\n      outputWan\n      landMu\n      taxPerMu\n      outputPerMu\n      grade\n      rank\n    }\n  }\n": types.LandDocument,
    "\n  query LandYears {\n    landEfficiencyYears\n  }\n": types.LandYearsDocument,
    "\n  query LandDist($year: Int!, $scope: ID) {\n    landGradeDistribution(year: $year, scope: $scope) {\n      chains {\n        id\n        name\n        a\n        b\n        c\n        d\n      }\n      parks {\n        id\n        name\n        a\n        b\n        c\n        d\n      }\n      thresholdA\n      thresholdB\n      thresholdC\n    }\n  }\n": types.LandDistDocument,
    "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRef\n      uscc\n      founded\n      tags\n      segments {\n        segment {\n          id\n          chainId\n          name\n          nameEn\n        }\n        role\n        products\n        evidence\n        source\n      }\n      suppliers {\n        enterprise {\n          ...EnterpriseRef\n        }\n        products\n        since\n        evidence\n        source\n      }\n      customers {\n        enterprise {\n          ...EnterpriseRef\n        }\n        products\n        since\n        evidence\n        source\n      }\n      parks {\n        park {\n          id\n          name\n        }\n        since\n      }\n      projects {\n        ...ProjectRef\n      }\n      leads {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.EnterpriseDocument,
    "\n  mutation Upsert($input: EnterpriseInput!) {\n    upsertEnterprise(input: $input) {\n      id\n    }\n  }\n": types.UpsertDocument,
    "\n  mutation DeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": types.DeleteEnterpriseDocument,
    "\n  mutation SetSupply($input: SupplyInput!) {\n    setSupply(input: $input)\n  }\n": types.SetSupplyDocument,
    "\n  mutation Unsupply($s: ID!, $c: ID!) {\n    removeSupply(supplierId: $s, customerId: $c)\n  }\n": types.UnsupplyDocument,
    "\n  mutation Place($input: EnterpriseSegmentInput!) {\n    setEnterpriseSegment(input: $input)\n  }\n": types.PlaceDocument,
    "\n  mutation Unplace($e: ID!, $s: ID!) {\n    removeEnterpriseSegment(enterpriseId: $e, segmentId: $s)\n  }\n": types.UnplaceDocument,
    "\n  query Network($id: ID!, $tiers: Int, $scope: ID, $evidence: EvidenceMode) {\n    supplierNetwork(enterpriseId: $id, tiers: $tiers, scope: $scope, evidence: $evidence) {\n      center {\n        id\n        name\n        nameEn\n      }\n      nodes {\n        enterprise {\n          id\n          name\n          nameEn\n          region {\n            name\n          }\n        }\n        tier\n        local\n        group {\n          id\n          name\n          nameEn\n        }\n      }\n      edges {\n        from\n        to\n        evidence\n        source\n      }\n      truncated\n    }\n    supportingRate(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      scope {\n        code\n        name\n      }\n      tier1 {\n        local\n        total\n        rate\n      }\n      tier2 {\n        local\n        total\n        rate\n      }\n      bySegment {\n        segment {\n          id\n          name\n          nameEn\n        }\n        local\n        total\n        rate\n      }\n    }\n    resilience(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      suppliers\n      foreign\n      foreignShare\n      segments {\n        segment {\n          id\n          name\n          nameEn\n        }\n        suppliers\n        local\n        foreign\n        hhi\n        sharesUsed\n        singleSource\n        concentration\n      }\n      soleChannelCount\n      soleChannels {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        carriesCount\n        carries {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": types.NetworkDocument,
    "\n  query ResilienceSuppliers($id: ID!, $scope: ID, $evidence: EvidenceMode, $segmentId: ID, $offset: Int, $limit: Int) {\n    resilienceSuppliers(enterpriseId: $id, scope: $scope, evidence: $evidence, segmentId: $segmentId, offset: $offset, limit: $limit) {\n      total\n      offset\n      suppliers {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        share\n        local\n        foreign\n      }\n    }\n  }\n": types.ResilienceSuppliersDocument,
    "\n  query ResilienceSoleChannels($id: ID!, $evidence: EvidenceMode, $offset: Int, $limit: Int) {\n    resilienceSoleChannels(enterpriseId: $id, evidence: $evidence, offset: $offset, limit: $limit) {\n      total\n      offset\n      channels {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        carries {\n          id\n          name\n          nameEn\n        }\n        carriesCount\n      }\n    }\n  }\n": types.ResilienceSoleChannelsDocument,
    "\n  fragment EnterpriseRef on Enterprise {\n    id\n    name\n    nameEn\n    scale\n    listed\n    region {\n      code\n      name\n    }\n  }\n": types.EnterpriseRefFragmentDoc,
    "\n  fragment SegmentFields on Segment {\n    id\n    chainId\n    name\n    nameEn\n    stage\n    order\n    parentId\n    depth\n  }\n": types.SegmentFieldsFragmentDoc,
    "\n  fragment RegionFields on Region {\n    code\n    name\n    level\n    parentCode\n  }\n": types.RegionFieldsFragmentDoc,
    "\n  fragment ProjectRef on Project {\n    id\n    name\n    stage\n    investmentYi\n    signedOn\n    plannedProductionOn\n    confidential\n    enterprise {\n      ...EnterpriseRef\n    }\n    segment {\n      id\n      name\n      nameEn\n      chainId\n    }\n    region {\n      code\n      name\n    }\n  }\n": types.ProjectRefFragmentDoc,
    "\n  fragment TargetFields on Target {\n    enterprise {\n      ...EnterpriseRef\n    }\n    score\n    breakdown {\n      reason\n      reasonEn\n      code\n      points\n    }\n  }\n": types.TargetFieldsFragmentDoc,
    "\n  query Governance($chainId: ID!, $year: Int!, $asOf: String) {\n    chain(id: $chainId) {\n      id\n      name\n      nameEn\n      masters {\n        id\n        name\n      }\n    }\n    chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {\n      asOf\n      chiefs {\n        official {\n          id\n          name\n          post\n        }\n        role\n      }\n      team {\n        unit {\n          id\n          name\n        }\n        role\n      }\n      policies {\n        id\n        title\n        docNumber\n        issuedOn\n        url\n        summary\n      }\n      targets {\n        indicator\n        name\n        value\n        unit\n        kind\n        computed\n        actual\n        progress\n        expected\n        pace\n      }\n      gapTasks {\n        id\n        segment {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        title\n        owner\n        dueOn\n        status\n      }\n      unassignedGaps {\n        id\n        name\n        status\n      }\n    }\n    workChain(asOf: $asOf, filter: { chainId: $chainId, key: true }) {\n      project {\n        id\n        name\n      }\n      health\n      daysOverdue\n      responsibleUnit {\n        name\n      }\n    }\n  }\n": types.GovernanceDocument,
    "\n  query WorkChain($asOf: String, $filter: WorkChainFilter, $chainId: ID) {\n    chains {\n      id\n      name\n      nameEn\n    }\n    workChain(asOf: $asOf, filter: $filter) {\n      project {\n        id\n        name\n        stage\n        key\n      }\n      health\n      daysOverdue\n      responsiblePerson\n      responsibleUnit {\n        id\n        name\n      }\n      champion {\n        id\n        name\n      }\n      milestones {\n        id\n        name\n        plannedOn\n        doneOn\n        health\n        daysOverdue\n      }\n    }\n    unitScorecard(asOf: $asOf, chainId: $chainId) {\n      unit {\n        id\n        name\n      }\n      overdue\n      dueSoon\n      onTrack\n      done\n      doneLate\n      projects\n    }\n  }\n": types.WorkChainDocument,
    "\n  mutation Done($id: ID!, $doneOn: String!) {\n    markMilestoneDone(id: $id, doneOn: $doneOn)\n  }\n": types.DoneDocument,
    "\n  query Bulletin($from: String!, $to: String!, $asOf: String) {\n    bulletin(from: $from, to: $to, asOf: $asOf) {\n      number\n      title\n      from\n      to\n      asOf\n      projects\n      byHealth {\n        health\n        count\n      }\n      byList {\n        list\n        count\n        overdue\n      }\n      overdueByUnit {\n        unit {\n          id\n          name\n        }\n        items {\n          project {\n            id\n            name\n          }\n          milestone {\n            id\n            name\n          }\n          plannedOn\n          daysOverdue\n          responsiblePerson\n          champion {\n            name\n          }\n        }\n      }\n      doneInPeriod {\n        project {\n          name\n        }\n        milestone {\n          name\n        }\n        plannedOn\n        doneOn\n        late\n        responsibleUnit {\n          name\n        }\n      }\n      stageChanges {\n        projectName\n        from\n        to\n        on\n        user\n      }\n      unassignedGaps {\n        chain {\n          id\n          name\n        }\n        segments {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.BulletinDocument,
    "\n  mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {\n    importWorkbook(filename: $filename, contentBase64: $contentBase64, dryRun: $dryRun, lang: $lang) {\n      ok\n      dryRun\n      errors {\n        table\n        row\n        column\n        message\n        sheet\n        header\n      }\n      counts {\n        table\n        rows\n        created\n        updated\n      }\n    }\n  }\n": types.ImportDocument,
    "\n  query WorkbookFormat {\n    workbookFormat {\n      name\n      sheet\n      columns {\n        name\n        header\n        required\n        kind\n        description\n        descriptionEn\n        values\n      }\n      examples\n    }\n  }\n": types.WorkbookFormatDocument,
    "\n  query Pipeline($filter: ProjectFilter, $scope: ID) {\n    projects(filter: $filter, limit: 1000, scope: $scope) {\n      ...ProjectRef\n    }\n  }\n": types.PipelineDocument,
    "\n  query ZoneProjects($filter: ProjectFilter) {\n    projects(filter: $filter, limit: 1000) {\n      id\n      stage\n      investmentYi\n    }\n  }\n": types.ZoneProjectsDocument,
    "\n  query SegmentPipeline($filter: ProjectFilter) {\n    projects(filter: $filter, limit: 1000) {\n      id\n      name\n      stage\n      confidential\n      enterprise {\n        id\n      }\n    }\n  }\n": types.SegmentPipelineDocument,
    "\n  query ChainProjects($chainId: ID!, $scope: ID) {\n    projects(filter: { chainId: $chainId }, limit: 1000, scope: $scope) {\n      ...ProjectRef\n    }\n  }\n": types.ChainProjectsDocument,
    "\n  query ProjectForEdit($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      stage\n      investmentYi\n      signedOn\n      plannedProductionOn\n      confidential\n      landNeedMu\n      floorSpaceNeedSqm\n      enterprise {\n        id\n        name\n      }\n      segment {\n        id\n        name\n      }\n      region {\n        code\n      }\n      park {\n        id\n        name\n      }\n      parcel {\n        id\n      }\n    }\n  }\n": types.ProjectForEditDocument,
    "\n  mutation UpsertProject($input: ProjectInput!) {\n    upsertProject(input: $input) {\n      id\n    }\n  }\n": types.UpsertProjectDocument,
    "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n": types.DeleteProjectDocument,
    "\n  mutation Move($id: ID!, $stage: ProjectStage!) {\n    moveProject(id: $id, stage: $stage) {\n      id\n      stage\n    }\n  }\n": types.MoveDocument,
    "\n  mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {\n    createProjectFromTarget(segmentId: $segmentId, enterpriseId: $enterpriseId, scope: $scope) {\n      id\n      name\n    }\n  }\n": types.CreateLeadDocument,
    "\n  query Region($code: ID!) {\n    region(code: $code) {\n      ...RegionFields\n    }\n  }\n": types.RegionDocument,
    "\n  query Regions($parent: ID) {\n    regions(parent: $parent) {\n      ...RegionFields\n    }\n  }\n": types.RegionsDocument,
    "\n  query Search($query: String!) {\n    search(query: $query, limit: 12) {\n      kind\n      id\n      name\n      chainId\n      score\n      enterprise {\n        region {\n          name\n        }\n        segments {\n          segment {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Neighbors($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int) {\n    neighbors(kind: $kind, id: $id, relation: $relation, offset: $offset, limit: $limit) {\n      node {\n        kind\n        id\n        name\n        nameEn\n        chainId\n        local\n      }\n      groups {\n        relation\n        total\n        nodes {\n          kind\n          id\n          name\n          nameEn\n          chainId\n          local\n        }\n      }\n    }\n  }\n": types.NeighborsDocument,
    "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(fromId: $from, toId: $to, maxHops: $maxHops) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n      edges {\n        from\n        to\n      }\n      directed\n    }\n    target: enterprise(id: $to) {\n      id\n      name\n      nameEn\n    }\n  }\n": types.PathsDocument,
    "\n  fragment MeFields on Me {\n    name\n    role\n    allowedOperations\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($name: String!, $password: String!) {\n    signIn(name: $name, password: $password) {\n      ...MeFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpsertSegment($input: SegmentInput!) {\n    upsertSegment(input: $input) {\n      id\n    }\n  }\n": types.UpsertSegmentDocument,
    "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n": types.DeleteSegmentDocument,
    "\n  mutation AddFlow($from: ID!, $to: ID!) {\n    addFlow(from: $from, to: $to)\n  }\n": types.AddFlowDocument,
    "\n  mutation RemoveFlow($from: ID!, $to: ID!) {\n    removeFlow(from: $from, to: $to)\n  }\n": types.RemoveFlowDocument,
    "\n  query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {\n    targets(segmentId: $segmentId, scope: $scope, limit: $limit, evidence: $evidence) {\n      ...TargetFields\n    }\n  }\n": types.TargetsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      name\n      role\n      createdAt\n      tokens {\n        id\n        label\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($user: String, $action: String, $limit: Int) {\n    auditLog(user: $user, action: $action, limit: $limit) {\n      id\n      at\n      user\n      action\n      target\n      detail\n      address\n    }\n  }\n"): typeof import('./graphql.js').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($name: String!, $role: Role!) {\n    createUser(name: $name, role: $role) {\n      user {\n        name\n      }\n      password\n    }\n  }\n"): typeof import('./graphql.js').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRole($name: String!, $role: Role!) {\n    setUserRole(name: $name, role: $role) {\n      name\n      role\n    }\n  }\n"): typeof import('./graphql.js').SetRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revoke($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): typeof import('./graphql.js').RevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Remove($name: String!) {\n    removeUser(name: $name)\n  }\n"): typeof import('./graphql.js').RemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains {\n    chains {\n      id\n      name\n      nameEn\n      description\n      masters {\n        ...EnterpriseRef\n      }\n      segments {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineChains {\n    chains {\n      id\n      name\n      nameEn\n    }\n  }\n"): typeof import('./graphql.js').PipelineChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CardStatus($chainId: ID!, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, evidence: $evidence) {\n      scope {\n        name\n      }\n      summary {\n        strong\n        weak\n        missing\n        filling\n        broken\n      }\n      segments {\n        segment {\n          id\n          depth\n        }\n        activeProjectIds\n      }\n    }\n  }\n"): typeof import('./graphql.js').CardStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Panorama($chainId: ID!, $perSegment: Int, $evidence: EvidenceMode) {\n    panorama(chainId: $chainId, perSegment: $perSegment, evidence: $evidence) {\n      chain {\n        id\n        name\n        nameEn\n        description\n        masters {\n          ...EnterpriseRef\n        }\n      }\n      segments {\n        segment {\n          ...SegmentFields\n        }\n        enterprises {\n          ...EnterpriseRef\n        }\n        enterpriseCount\n      }\n      flows {\n        from\n        to\n      }\n    }\n  }\n"): typeof import('./graphql.js').PanoramaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainStatus($chainId: ID!, $scope: ID, $strongAt: Int, $projected: Boolean, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, strongAt: $strongAt, projected: $projected, evidence: $evidence) {\n      scope {\n        ...RegionFields\n      }\n      strongAt\n      projected\n      segments {\n        segment {\n          id\n        }\n        localCount\n        status\n        filling\n        activeProjectIds\n      }\n      brokenLinks {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      summary {\n        strong\n        weak\n        missing\n        filling\n        broken\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChainStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainStatusLists($chainId: ID!, $scope: ID, $evidence: EvidenceMode) {\n    chainStatus(chainId: $chainId, scope: $scope, evidence: $evidence) {\n      segments {\n        segment {\n          id\n        }\n        localEnterprises {\n          ...EnterpriseRef\n        }\n        activeProjects {\n          ...ProjectRef\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChainStatusListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentLocals($chainId: ID!, $segmentId: ID!, $scope: ID, $evidence: EvidenceMode, $first: Int, $after: ID) {\n    segmentLocals(chainId: $chainId, segmentId: $segmentId, scope: $scope, evidence: $evidence, first: $first, after: $after) {\n      totalCount\n      enterprises {\n        ...EnterpriseRef\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): typeof import('./graphql.js').SegmentLocalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($chainId: ID!) {\n    chainStatus(chainId: $chainId) {\n      scope {\n        ...RegionFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($chainId: ID!, $scope: ID, $strongAt: Int, $evidence: EvidenceMode, $remove: [ID!], $add: [ID!]) {\n    whatIf(chainId: $chainId, scope: $scope, strongAt: $strongAt, evidence: $evidence, remove: $remove, add: $add) {\n      changes {\n        segment {\n          id\n        }\n        beforeCount\n        afterCount\n        before\n        after\n      }\n      brokenBefore {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      brokenAfter {\n        from {\n          id\n        }\n        to {\n          id\n        }\n      }\n      masterRate {\n        master {\n          ...EnterpriseRef\n        }\n        before\n        after\n      }\n    }\n  }\n"): typeof import('./graphql.js').WhatIfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenTasks($chainId: ID!) {\n    gapTasks(chainId: $chainId, status: OPEN) {\n      segment {\n        id\n      }\n      unit {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').OpenTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Benchmark($chainId: ID!, $scopes: [ID!]!, $strongAt: Int, $evidence: EvidenceMode) {\n    benchmark(chainId: $chainId, scopes: $scopes, strongAt: $strongAt, evidence: $evidence) {\n      chain {\n        id\n        name\n        nameEn\n      }\n      scopes {\n        region {\n          code\n          name\n        }\n        strong\n        weak\n        missing\n        leaves\n        coverage\n      }\n      segments {\n        segment {\n          id\n          name\n          nameEn\n          stage\n          depth\n          parentId\n        }\n        cells {\n          scope\n          localCount\n          status\n        }\n      }\n      gaps {\n        segment {\n          id\n          name\n          nameEn\n        }\n        peer {\n          code\n          name\n        }\n        enterprises {\n          id\n          name\n          nameEn\n          region {\n            name\n          }\n        }\n        inPipeline\n        pipelineEnterprises {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BenchmarkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Console($query: String!, $params: JSON) {\n    cypher(query: $query, params: $params) {\n      columns\n      rows\n      rowCount\n      truncated\n      timedOut\n      status\n      elapsedMs\n      graph {\n        nodes {\n          id\n          key\n          labels\n          properties\n        }\n        edges {\n          id\n          type\n          from\n          to\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleLists {\n    exampleQueries {\n      id\n      title\n      titleEn\n      description\n      descriptionEn\n      query\n      params\n    }\n    savedQueries {\n      id\n      name\n      query\n      params\n      mine\n      shared\n    }\n  }\n"): typeof import('./graphql.js').ConsoleListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Save($name: String!, $query: String!, $params: JSON, $shared: Boolean) {\n    saveQuery(name: $name, query: $query, params: $params, shared: $shared) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($id: ID!) {\n    deleteSavedQuery(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteSavedQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementMatch($segmentId: ID!, $projectId: ID, $scope: ID) {\n    elementMatch(segmentId: $segmentId, projectId: $projectId, scope: $scope) {\n      needs {\n        investmentYi\n        landNeedMu\n        floorSpaceNeedSqm\n        intensityWanPerMu\n      }\n      parks {\n        park {\n          id\n          name\n        }\n        reasons\n        fits\n        ownSegment\n      }\n      parcels {\n        parcel {\n          id\n          name\n          areaMu\n        }\n        reasons\n        fits\n        tooSmall\n      }\n      funds {\n        fund {\n          id\n          name\n          sizeYi\n        }\n        reasons\n      }\n      platforms {\n        platform {\n          id\n          name\n        }\n        reasons\n      }\n    }\n  }\n"): typeof import('./graphql.js').ElementMatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElementLayer($chainId: ID!, $scope: ID) {\n    elementLayer(chainId: $chainId, scope: $scope) {\n      segment {\n        id\n      }\n      parks {\n        id\n      }\n      vacantSqm\n      parcels {\n        id\n      }\n      availableMu\n      funds {\n        id\n      }\n      platforms {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ElementLayerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParkCardFields on Park {\n    id\n    name\n    kind\n    operator\n    areaMu\n    floorSpaceSqm\n    vacantSqm\n    rentYuanSqmMonth\n    description\n    themes {\n      id\n      name\n      nameEn\n    }\n    enterpriseCount\n    projects {\n      id\n      name\n      stage\n    }\n  }\n"): typeof import('./graphql.js').ParkCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Parks($scope: ID) {\n    parks(scope: $scope) {\n      ...ParkCardFields\n    }\n  }\n"): typeof import('./graphql.js').ParksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Park($id: ID!) {\n    park(id: $id) {\n      ...ParkCardFields\n      region {\n        code\n        name\n      }\n      enterprises {\n        id\n        name\n        nameEn\n      }\n      parcels {\n        id\n        name\n        areaMu\n        status\n        use\n        minInvestmentWanPerMu\n        minTaxWanPerMu\n        availableFrom\n      }\n    }\n  }\n"): typeof import('./graphql.js').ParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Land($year: Int!, $scope: ID, $chainId: ID, $parkId: ID) {\n    landEfficiency(year: $year, scope: $scope, chainId: $chainId, parkId: $parkId) {\n      enterprise {\n        id\n        name\n        nameEn\n      }\n      year\n      taxWan\n      outputWan\n      landMu\n      taxPerMu\n      outputPerMu\n      grade\n      rank\n    }\n  }\n"): typeof import('./graphql.js').LandDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandYears {\n    landEfficiencyYears\n  }\n"): typeof import('./graphql.js').LandYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LandDist($year: Int!, $scope: ID) {\n    landGradeDistribution(year: $year, scope: $scope) {\n      chains {\n        id\n        name\n        a\n        b\n        c\n        d\n      }\n      parks {\n        id\n        name\n        a\n        b\n        c\n        d\n      }\n      thresholdA\n      thresholdB\n      thresholdC\n    }\n  }\n"): typeof import('./graphql.js').LandDistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Enterprise($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseRef\n      uscc\n      founded\n      tags\n      segments {\n        segment {\n          id\n          chainId\n          name\n          nameEn\n        }\n        role\n        products\n        evidence\n        source\n      }\n      suppliers {\n        enterprise {\n          ...EnterpriseRef\n        }\n        products\n        since\n        evidence\n        source\n      }\n      customers {\n        enterprise {\n          ...EnterpriseRef\n        }\n        products\n        since\n        evidence\n        source\n      }\n      parks {\n        park {\n          id\n          name\n        }\n        since\n      }\n      projects {\n        ...ProjectRef\n      }\n      leads {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql.js').EnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Upsert($input: EnterpriseInput!) {\n    upsertEnterprise(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpsertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSupply($input: SupplyInput!) {\n    setSupply(input: $input)\n  }\n"): typeof import('./graphql.js').SetSupplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsupply($s: ID!, $c: ID!) {\n    removeSupply(supplierId: $s, customerId: $c)\n  }\n"): typeof import('./graphql.js').UnsupplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Place($input: EnterpriseSegmentInput!) {\n    setEnterpriseSegment(input: $input)\n  }\n"): typeof import('./graphql.js').PlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unplace($e: ID!, $s: ID!) {\n    removeEnterpriseSegment(enterpriseId: $e, segmentId: $s)\n  }\n"): typeof import('./graphql.js').UnplaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($id: ID!, $tiers: Int, $scope: ID, $evidence: EvidenceMode) {\n    supplierNetwork(enterpriseId: $id, tiers: $tiers, scope: $scope, evidence: $evidence) {\n      center {\n        id\n        name\n        nameEn\n      }\n      nodes {\n        enterprise {\n          id\n          name\n          nameEn\n          region {\n            name\n          }\n        }\n        tier\n        local\n        group {\n          id\n          name\n          nameEn\n        }\n      }\n      edges {\n        from\n        to\n        evidence\n        source\n      }\n      truncated\n    }\n    supportingRate(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      scope {\n        code\n        name\n      }\n      tier1 {\n        local\n        total\n        rate\n      }\n      tier2 {\n        local\n        total\n        rate\n      }\n      bySegment {\n        segment {\n          id\n          name\n          nameEn\n        }\n        local\n        total\n        rate\n      }\n    }\n    resilience(enterpriseId: $id, scope: $scope, evidence: $evidence) {\n      suppliers\n      foreign\n      foreignShare\n      segments {\n        segment {\n          id\n          name\n          nameEn\n        }\n        suppliers\n        local\n        foreign\n        hhi\n        sharesUsed\n        singleSource\n        concentration\n      }\n      soleChannelCount\n      soleChannels {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        carriesCount\n        carries {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').NetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceSuppliers($id: ID!, $scope: ID, $evidence: EvidenceMode, $segmentId: ID, $offset: Int, $limit: Int) {\n    resilienceSuppliers(enterpriseId: $id, scope: $scope, evidence: $evidence, segmentId: $segmentId, offset: $offset, limit: $limit) {\n      total\n      offset\n      suppliers {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        share\n        local\n        foreign\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResilienceSuppliersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResilienceSoleChannels($id: ID!, $evidence: EvidenceMode, $offset: Int, $limit: Int) {\n    resilienceSoleChannels(enterpriseId: $id, evidence: $evidence, offset: $offset, limit: $limit) {\n      total\n      offset\n      channels {\n        enterprise {\n          id\n          name\n          nameEn\n        }\n        carries {\n          id\n          name\n          nameEn\n        }\n        carriesCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').ResilienceSoleChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseRef on Enterprise {\n    id\n    name\n    nameEn\n    scale\n    listed\n    region {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql.js').EnterpriseRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SegmentFields on Segment {\n    id\n    chainId\n    name\n    nameEn\n    stage\n    order\n    parentId\n    depth\n  }\n"): typeof import('./graphql.js').SegmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFields on Region {\n    code\n    name\n    level\n    parentCode\n  }\n"): typeof import('./graphql.js').RegionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRef on Project {\n    id\n    name\n    stage\n    investmentYi\n    signedOn\n    plannedProductionOn\n    confidential\n    enterprise {\n      ...EnterpriseRef\n    }\n    segment {\n      id\n      name\n      nameEn\n      chainId\n    }\n    region {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql.js').ProjectRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetFields on Target {\n    enterprise {\n      ...EnterpriseRef\n    }\n    score\n    breakdown {\n      reason\n      reasonEn\n      code\n      points\n    }\n  }\n"): typeof import('./graphql.js').TargetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Governance($chainId: ID!, $year: Int!, $asOf: String) {\n    chain(id: $chainId) {\n      id\n      name\n      nameEn\n      masters {\n        id\n        name\n      }\n    }\n    chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {\n      asOf\n      chiefs {\n        official {\n          id\n          name\n          post\n        }\n        role\n      }\n      team {\n        unit {\n          id\n          name\n        }\n        role\n      }\n      policies {\n        id\n        title\n        docNumber\n        issuedOn\n        url\n        summary\n      }\n      targets {\n        indicator\n        name\n        value\n        unit\n        kind\n        computed\n        actual\n        progress\n        expected\n        pace\n      }\n      gapTasks {\n        id\n        segment {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        title\n        owner\n        dueOn\n        status\n      }\n      unassignedGaps {\n        id\n        name\n        status\n      }\n    }\n    workChain(asOf: $asOf, filter: { chainId: $chainId, key: true }) {\n      project {\n        id\n        name\n      }\n      health\n      daysOverdue\n      responsibleUnit {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').GovernanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkChain($asOf: String, $filter: WorkChainFilter, $chainId: ID) {\n    chains {\n      id\n      name\n      nameEn\n    }\n    workChain(asOf: $asOf, filter: $filter) {\n      project {\n        id\n        name\n        stage\n        key\n      }\n      health\n      daysOverdue\n      responsiblePerson\n      responsibleUnit {\n        id\n        name\n      }\n      champion {\n        id\n        name\n      }\n      milestones {\n        id\n        name\n        plannedOn\n        doneOn\n        health\n        daysOverdue\n      }\n    }\n    unitScorecard(asOf: $asOf, chainId: $chainId) {\n      unit {\n        id\n        name\n      }\n      overdue\n      dueSoon\n      onTrack\n      done\n      doneLate\n      projects\n    }\n  }\n"): typeof import('./graphql.js').WorkChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Done($id: ID!, $doneOn: String!) {\n    markMilestoneDone(id: $id, doneOn: $doneOn)\n  }\n"): typeof import('./graphql.js').DoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bulletin($from: String!, $to: String!, $asOf: String) {\n    bulletin(from: $from, to: $to, asOf: $asOf) {\n      number\n      title\n      from\n      to\n      asOf\n      projects\n      byHealth {\n        health\n        count\n      }\n      byList {\n        list\n        count\n        overdue\n      }\n      overdueByUnit {\n        unit {\n          id\n          name\n        }\n        items {\n          project {\n            id\n            name\n          }\n          milestone {\n            id\n            name\n          }\n          plannedOn\n          daysOverdue\n          responsiblePerson\n          champion {\n            name\n          }\n        }\n      }\n      doneInPeriod {\n        project {\n          name\n        }\n        milestone {\n          name\n        }\n        plannedOn\n        doneOn\n        late\n        responsibleUnit {\n          name\n        }\n      }\n      stageChanges {\n        projectName\n        from\n        to\n        on\n        user\n      }\n      unassignedGaps {\n        chain {\n          id\n          name\n        }\n        segments {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Import($filename: String!, $contentBase64: String!, $dryRun: Boolean, $lang: String) {\n    importWorkbook(filename: $filename, contentBase64: $contentBase64, dryRun: $dryRun, lang: $lang) {\n      ok\n      dryRun\n      errors {\n        table\n        row\n        column\n        message\n        sheet\n        header\n      }\n      counts {\n        table\n        rows\n        created\n        updated\n      }\n    }\n  }\n"): typeof import('./graphql.js').ImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbookFormat {\n    workbookFormat {\n      name\n      sheet\n      columns {\n        name\n        header\n        required\n        kind\n        description\n        descriptionEn\n        values\n      }\n      examples\n    }\n  }\n"): typeof import('./graphql.js').WorkbookFormatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pipeline($filter: ProjectFilter, $scope: ID) {\n    projects(filter: $filter, limit: 1000, scope: $scope) {\n      ...ProjectRef\n    }\n  }\n"): typeof import('./graphql.js').PipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneProjects($filter: ProjectFilter) {\n    projects(filter: $filter, limit: 1000) {\n      id\n      stage\n      investmentYi\n    }\n  }\n"): typeof import('./graphql.js').ZoneProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentPipeline($filter: ProjectFilter) {\n    projects(filter: $filter, limit: 1000) {\n      id\n      name\n      stage\n      confidential\n      enterprise {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').SegmentPipelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainProjects($chainId: ID!, $scope: ID) {\n    projects(filter: { chainId: $chainId }, limit: 1000, scope: $scope) {\n      ...ProjectRef\n    }\n  }\n"): typeof import('./graphql.js').ChainProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectForEdit($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      stage\n      investmentYi\n      signedOn\n      plannedProductionOn\n      confidential\n      landNeedMu\n      floorSpaceNeedSqm\n      enterprise {\n        id\n        name\n      }\n      segment {\n        id\n        name\n      }\n      region {\n        code\n      }\n      park {\n        id\n        name\n      }\n      parcel {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').ProjectForEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertProject($input: ProjectInput!) {\n    upsertProject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpsertProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($id: ID!) {\n    deleteProject(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Move($id: ID!, $stage: ProjectStage!) {\n    moveProject(id: $id, stage: $stage) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql.js').MoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($segmentId: ID!, $enterpriseId: ID!, $scope: ID) {\n    createProjectFromTarget(segmentId: $segmentId, enterpriseId: $enterpriseId, scope: $scope) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql.js').CreateLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Region($code: ID!) {\n    region(code: $code) {\n      ...RegionFields\n    }\n  }\n"): typeof import('./graphql.js').RegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Regions($parent: ID) {\n    regions(parent: $parent) {\n      ...RegionFields\n    }\n  }\n"): typeof import('./graphql.js').RegionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!) {\n    search(query: $query, limit: 12) {\n      kind\n      id\n      name\n      chainId\n      score\n      enterprise {\n        region {\n          name\n        }\n        segments {\n          segment {\n            id\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbors($kind: SearchKind!, $id: ID!, $relation: ExploreRelation, $offset: Int, $limit: Int) {\n    neighbors(kind: $kind, id: $id, relation: $relation, offset: $offset, limit: $limit) {\n      node {\n        kind\n        id\n        name\n        nameEn\n        chainId\n        local\n      }\n      groups {\n        relation\n        total\n        nodes {\n          kind\n          id\n          name\n          nameEn\n          chainId\n          local\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').NeighborsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(fromId: $from, toId: $to, maxHops: $maxHops) {\n      nodes {\n        id\n        name\n        nameEn\n      }\n      edges {\n        from\n        to\n      }\n      directed\n    }\n    target: enterprise(id: $to) {\n      id\n      name\n      nameEn\n    }\n  }\n"): typeof import('./graphql.js').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    name\n    role\n    allowedOperations\n  }\n"): typeof import('./graphql.js').MeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($name: String!, $password: String!) {\n    signIn(name: $name, password: $password) {\n      ...MeFields\n    }\n  }\n"): typeof import('./graphql.js').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql.js').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertSegment($input: SegmentInput!) {\n    upsertSegment(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').UpsertSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSegment($id: ID!) {\n    deleteSegment(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFlow($from: ID!, $to: ID!) {\n    addFlow(from: $from, to: $to)\n  }\n"): typeof import('./graphql.js').AddFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFlow($from: ID!, $to: ID!) {\n    removeFlow(from: $from, to: $to)\n  }\n"): typeof import('./graphql.js').RemoveFlowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Targets($segmentId: ID!, $scope: ID, $limit: Int, $evidence: EvidenceMode) {\n    targets(segmentId: $segmentId, scope: $scope, limit: $limit, evidence: $evidence) {\n      ...TargetFields\n    }\n  }\n"): typeof import('./graphql.js').TargetsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
