import type { Messages } from './messages.js';
import type { TableName } from './tables.js';

/** A problem found by comparing the cells of one row. */
export interface RowProblem {
  column: string;
  message: string;
}

/**
 * Checks that need more than one cell of a row (the single-cell checks live in cells.ts). They
 * run on the cells that converted; a cell that failed its own check is already reported.
 */
export function rowRules(table: TableName, v: Record<string, unknown>, msg: Messages): RowProblem[] {
  if (table === 'parks' && typeof v.vacant_sqm === 'number' && typeof v.floor_space_sqm === 'number' && v.vacant_sqm > v.floor_space_sqm) {
    return [{ column: 'vacant_sqm', message: msg.vacantOverFloor(v.vacant_sqm, v.floor_space_sqm) }];
  }
  if (table === 'fund_investments') {
    const enterprise = v.enterprise_id !== undefined;
    const project = v.project_id !== undefined;
    if (enterprise && project) return [{ column: 'project_id', message: msg.investmentBoth }];
    if (!enterprise && !project) return [{ column: 'enterprise_id', message: msg.investmentNeither }];
  }
  return [];
}
