import { AppError } from '../errors.js';

/** Which safety layer refused a console query. */
export type Layer = 'input' | 'static' | 'plan' | 'session';

/**
 * Why a console query was refused; `extensions.reason` carries it. Syntax-like problems answer
 * BAD_USER_INPUT, anything unsafe FORBIDDEN (see REASON_CODES).
 */
export type Reason =
  | 'empty'
  | 'too-long'
  | 'syntax'
  | 'bad-params'
  | 'bad-limit'
  | 'bad-timeout'
  | 'busy'
  | 'explain-profile'
  | 'multiple-statements'
  | 'write-clause'
  | 'load-csv'
  | 'use-clause'
  | 'query-options'
  | 'procedure-not-allowed'
  | 'apoc'
  | 'dbms'
  | 'admin-command'
  | 'show-command'
  | 'in-transactions'
  | 'protected-data'
  | 'write-plan'
  | 'not-read-only';

const REASON_CODES: Record<Reason, 'BAD_USER_INPUT' | 'FORBIDDEN'> = {
  empty: 'BAD_USER_INPUT',
  'too-long': 'BAD_USER_INPUT',
  syntax: 'BAD_USER_INPUT',
  'bad-params': 'BAD_USER_INPUT',
  'bad-limit': 'BAD_USER_INPUT',
  'bad-timeout': 'BAD_USER_INPUT',
  busy: 'FORBIDDEN',
  'explain-profile': 'BAD_USER_INPUT',
  'multiple-statements': 'FORBIDDEN',
  'write-clause': 'FORBIDDEN',
  'load-csv': 'FORBIDDEN',
  'use-clause': 'FORBIDDEN',
  'query-options': 'FORBIDDEN',
  'procedure-not-allowed': 'FORBIDDEN',
  apoc: 'FORBIDDEN',
  dbms: 'FORBIDDEN',
  'admin-command': 'FORBIDDEN',
  'show-command': 'FORBIDDEN',
  'in-transactions': 'FORBIDDEN',
  'protected-data': 'FORBIDDEN',
  'write-plan': 'FORBIDDEN',
  'not-read-only': 'FORBIDDEN',
};

/** A refused console query: the API error plus what the audit log records. */
export class Refusal extends AppError {
  constructor(
    readonly reason: Reason,
    readonly layer: Layer,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(REASON_CODES[reason], message, { reason, layer, ...extra });
  }
}

export const refuse = (reason: Reason, layer: Layer, message: string, extra?: Record<string, unknown>) => new Refusal(reason, layer, message, extra);
