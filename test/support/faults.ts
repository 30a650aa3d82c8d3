/**
 * What the fault and fuzz tests (test/integration/faults*, fuzz*) use of the fault-injection
 * library in scripts/faults/lib/, which the standalone scripts (scripts/faults/*) use too:
 * an embedded Neo4j of one's own, graph counts, an import in a killable child, bad workbooks.
 */
export { OwnNeo4j, sleep, waitFor } from '../../scripts/faults/lib/own-neo4j.js';
export { classify, countGraph, emptyGraph, expectedFromCsvWorkbook, type GraphCounts } from '../../scripts/faults/lib/graph-counts.js';
export { describePlan, importAndKill, type KillPlan } from '../../scripts/faults/lib/child-import.js';
export { buildCase, chooserFrom, describeCase, jsonSource, runFuzzCase, type FuzzVerdict } from '../../scripts/faults/lib/bad-workbooks.js';
