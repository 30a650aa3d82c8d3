/** Shapes of the GraphQL API's types as the client selects them (server/graphql/schema/*.graphql). */
import type { GapStatus, Stage } from '../graph/types.js';

export type Scale = 'LARGE' | 'MEDIUM' | 'SMALL' | 'MICRO';
export type RegionLevel = 'COUNTRY' | 'PROVINCE' | 'CITY' | 'DISTRICT' | 'ZONE';
export type Evidence = 'CONFIRMED' | 'UNCERTAIN' | 'INFERRED';
export const PROJECT_STAGES = ['LEAD', 'NEGOTIATING', 'SIGNED', 'REGISTERED', 'LAND_ACQUIRED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION', 'DROPPED'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export type Role = 'viewer' | 'analyst' | 'editor' | 'admin';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface EnterpriseRef {
  id: string;
  name: string;
  nameEn?: string | null;
  scale?: Scale | null;
  listed?: boolean | null;
  region?: { code: string; name: string } | null;
}

export interface Segment {
  id: string;
  chainId: string;
  name: string;
  nameEn: string | null;
  stage: Stage;
  order: number | null;
  parentId: string | null;
  depth: number;
}

export interface ChainSummary {
  id: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  masters: EnterpriseRef[];
}

export interface ProjectRef {
  id: string;
  name: string;
  stage: ProjectStage;
  investmentYi: number | null;
  signedOn: string | null;
  plannedProductionOn: string | null;
  confidential: boolean;
  enterprise: EnterpriseRef | null;
  segment: { id: string; name: string; nameEn: string | null; chainId: string } | null;
  region: { code: string; name: string } | null;
}

export interface Panorama {
  chain: ChainSummary;
  segments: Array<{ segment: Segment; enterprises: EnterpriseRef[]; enterpriseCount: number }>;
  flows: Array<{ from: string; to: string }>;
}

export interface SegmentStatus {
  segment: { id: string };
  localCount: number;
  status: GapStatus;
  filling: boolean;
  localEnterprises: EnterpriseRef[];
  activeProjects: ProjectRef[];
}

export interface ChainStatus {
  scope: Region;
  strongAt: number;
  projected: boolean;
  segments: SegmentStatus[];
  brokenLinks: Array<{ from: { id: string }; to: { id: string } }>;
  summary: { strong: number; weak: number; missing: number; filling: number; broken: number };
}

export interface ScoreItem {
  reason: string;
  reasonEn: string;
  code: string;
  points: number;
}

export interface Target {
  enterprise: EnterpriseRef;
  score: number;
  breakdown: ScoreItem[];
}

export interface SearchHit {
  kind: 'ENTERPRISE' | 'SEGMENT' | 'CHAIN';
  id: string;
  name: string;
  chainId: string | null;
  score: number;
  /** Where an enterprise hit is and what it does (region, segments). */
  enterprise?: { region: { name: string } | null; segments: Array<{ segment: { id: string; name: string; nameEn: string | null } }> } | null;
}

/** Which links an analysis trusts: ALL, or CONFIRMED only (仅已证实). */
export type EvidenceMode = 'ALL' | 'CONFIRMED';

export interface WhatIfResult {
  changes: Array<{ segment: { id: string }; beforeCount: number; afterCount: number; before: GapStatus; after: GapStatus }>;
  brokenBefore: Array<{ from: { id: string }; to: { id: string } }>;
  brokenAfter: Array<{ from: { id: string }; to: { id: string } }>;
  masterRate: { master: EnterpriseRef; before: number | null; after: number | null } | null;
}
