import { refuse } from './refusal.js';
import { ALLOWED_PROCEDURES } from './rules.js';

/** The parts of a Neo4j EXPLAIN plan the check reads (the driver's Plan has this shape). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers?: string[];
  children: PlanNode[];
}

/**
 * Operators that change data, schema or the server, or reach outside it. Matched against the
 * operator name without its `@neo4j` suffix. Write queries are also caught by the query type; this
 * list exists for the operators Neo4j classes as reads: LoadCSV (files and URLs),
 * TerminateTransactions and the SHOW commands.
 */
const FORBIDDEN_OPERATORS =
  /Create|Merge|Delete|^Set|Remove|Foreach|LoadCSV|Transaction|Terminate|Drop|Alter|Grant|Deny|Revoke|Rename|Enable|Allocate|Database|User|Role|Privilege|Server|Alias|DoNothingIfExists|Lock/;
const ALLOWED_SHOW = new Set(['ShowIndexes', 'ShowConstraints']);

export const operatorName = (node: PlanNode) => node.operatorType.replace(/@.*$/, '');

const details = (node: PlanNode) => {
  const value = node.arguments['Details'];
  return typeof value === 'string' ? value : '';
};

/** The procedure a ProcedureCall operator calls, from its details ("db.labels() :: (label :: STRING)"). */
export function calledProcedure(node: PlanNode): string {
  const text = details(node);
  const open = text.indexOf('(');
  return (open >= 0 ? text.slice(0, open) : text).trim();
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/**
 * The second safety layer: the plan Neo4j made for the query must be read-only. Neo4j's own query
 * type must be 'r' (read) — db.clearQueryCaches, for one, plans as a schema write yet runs in a read
 * transaction — and no operator may write, load files, administer or call a procedure outside the
 * allowlist.
 */
export function checkPlan(plan: PlanNode | null | undefined, queryType: string | undefined): void {
  if (!plan) throw refuse('not-read-only', 'plan', 'Neo4j returned no plan for the query, so the console cannot show it is read-only.');
  for (const node of walk(plan)) {
    const name = operatorName(node);
    if (name === 'ProcedureCall') {
      const procedure = calledProcedure(node);
      if (!ALLOWED_PROCEDURES.has(procedure)) {
        throw refuse('procedure-not-allowed', 'plan', `The plan calls ${procedure || 'a procedure'}; the console calls only ${[...ALLOWED_PROCEDURES].join(', ')}.`, { operator: name, procedure });
      }
    } else if (name.startsWith('Show') && !ALLOWED_SHOW.has(name)) {
      throw refuse('show-command', 'plan', `The plan runs ${name}; the console shows only indexes and constraints.`, { operator: name });
    } else if (FORBIDDEN_OPERATORS.test(name)) {
      throw refuse('write-plan', 'plan', `The plan has a ${name} operator, which is not read-only; the console refuses it.`, { operator: name });
    }
  }
  if (queryType !== 'r') {
    const kinds: Record<string, string> = { rw: 'reads and writes', w: 'writes', s: 'changes the schema or runs a command' };
    throw refuse('not-read-only', 'plan', `Neo4j classifies the query as one that ${kinds[queryType ?? ''] ?? `is of type "${queryType}"`}; the console runs only read queries.`, {
      queryType: queryType ?? null,
    });
  }
}

/** The operator tree of a plan as indented text, one operator a line with its details and estimate. */
export function formatPlan(plan: PlanNode): string {
  const lines: string[] = [];
  const visit = (node: PlanNode, prefix: string, childPrefix: string) => {
    const estimate = node.arguments['EstimatedRows'];
    const parts = [operatorName(node)];
    const text = details(node);
    if (text) parts.push(text);
    if (typeof estimate === 'number') parts.push(`~${Math.round(estimate)} rows`);
    lines.push(`${prefix}${parts.join('  ')}`);
    const children = node.children ?? [];
    children.forEach((child, index) => {
      const last = index === children.length - 1;
      visit(child, `${childPrefix}${last ? '└─ ' : '├─ '}`, `${childPrefix}${last ? '   ' : '│  '}`);
    });
  };
  visit(plan, '', '');
  return lines.join('\n');
}
