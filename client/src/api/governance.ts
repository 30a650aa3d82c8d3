/** 链长制, 工作链 and 督查通报: the governance views and the bulletin's exports. */
import { graphql } from './generated/index.js';
import type { BulletinQuery, GovernanceQuery, WorkChainQuery } from './generated/graphql.js';

export type { WorkChainFilter } from './generated/graphql.js';

/** A chain's 链长制 page: chiefs, team, policies, targets, gap tasks and its key projects. */
export const GOVERNANCE_QUERY = graphql(`
  query Governance($chainId: ID!, $year: Int!, $asOf: String) {
    chain(id: $chainId) {
      id
      name
      nameEn
      masters {
        id
        name
      }
    }
    chainGovernance(chainId: $chainId, year: $year, asOf: $asOf) {
      asOf
      chiefs {
        official {
          id
          name
          post
        }
        role
      }
      team {
        unit {
          id
          name
        }
        role
      }
      policies {
        id
        title
        docNumber
        issuedOn
        url
        summary
      }
      targets {
        indicator
        name
        value
        unit
        kind
        computed
        actual
        progress
        expected
        pace
      }
      gapTasks {
        id
        segment {
          id
          name
        }
        unit {
          id
          name
        }
        title
        owner
        dueOn
        status
      }
      unassignedGaps {
        id
        name
        status
      }
    }
    workChain(asOf: $asOf, filter: { chainId: $chainId, key: true }) {
      project {
        id
        name
      }
      health
      daysOverdue
      responsibleUnit {
        name
      }
    }
  }
`);

export type GovernanceData = GovernanceQuery;

/** 工作链: the projects with their milestones, and the unit scorecard. */
export const WORK_CHAIN_QUERY = graphql(`
  query WorkChain($asOf: String, $filter: WorkChainFilter, $chainId: ID) {
    chains {
      id
      name
      nameEn
    }
    workChain(asOf: $asOf, filter: $filter) {
      project {
        id
        name
        stage
        key
      }
      health
      daysOverdue
      responsiblePerson
      responsibleUnit {
        id
        name
      }
      champion {
        id
        name
      }
      milestones {
        id
        name
        plannedOn
        doneOn
        health
        daysOverdue
      }
    }
    unitScorecard(asOf: $asOf, chainId: $chainId) {
      unit {
        id
        name
      }
      overdue
      dueSoon
      onTrack
      done
      doneLate
      projects
    }
  }
`);

export type WorkChainData = WorkChainQuery;

export const MARK_MILESTONE_DONE = graphql(`
  mutation Done($id: ID!, $doneOn: String!) {
    markMilestoneDone(id: $id, doneOn: $doneOn)
  }
`);

/** 督查通报 for a period (the DOCX, PDF and XLSX are written from it in the browser). */
export const BULLETIN_QUERY = graphql(`
  query Bulletin($from: String!, $to: String!, $asOf: String) {
    bulletin(from: $from, to: $to, asOf: $asOf) {
      number
      title
      from
      to
      asOf
      projects
      byHealth {
        health
        count
      }
      byList {
        list
        count
        overdue
      }
      overdueByUnit {
        unit {
          id
          name
        }
        items {
          project {
            id
            name
          }
          milestone {
            id
            name
          }
          plannedOn
          daysOverdue
          responsiblePerson
          champion {
            name
          }
        }
      }
      doneInPeriod {
        project {
          name
        }
        milestone {
          name
        }
        plannedOn
        doneOn
        late
        responsibleUnit {
          name
        }
      }
      stageChanges {
        projectName
        from
        to
        on
        user
      }
      unassignedGaps {
        chain {
          id
          name
        }
        segments {
          id
          name
          status
        }
      }
    }
  }
`);

export type BulletinData = BulletinQuery['bulletin'];
