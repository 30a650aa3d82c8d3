/** The map's list export: targets of many gap segments at once. */
import type { Target } from './fragments.js';
import { TargetFieldsFragmentDoc } from './generated/graphql.js';
import { gql } from './graphql.js';

/**
 * The top 10 targets of several segments in one request (one alias per segment): the map's list
 * export asks up to 10 segments at a time. Its shape depends on how many, so it is built here.
 */
export async function targetsOfSegments(segmentIds: string[], scope: string | null, evidence: 'ALL' | 'CONFIRMED'): Promise<Target[][]> {
  const vars = segmentIds.map((_, i) => `$s${i}: ID!`).join(', ');
  const fields = segmentIds.map((_, i) => `t${i}: targets(segmentId: $s${i}, scope: $scope, limit: 10, evidence: $evidence) { ...TargetFields }`).join('\n');
  const variables: Record<string, unknown> = { scope, evidence };
  segmentIds.forEach((id, i) => (variables[`s${i}`] = id));
  const text = `query ExportTargets($scope: ID, $evidence: EvidenceMode, ${vars}) {\n${fields}\n}\n${TargetFieldsFragmentDoc.toString()}`;
  const d = await gql<Record<string, Target[]>>(text, variables);
  return segmentIds.map((_, i) => d[`t${i}`] ?? []);
}
