import { GraphQLError } from 'graphql';

/** The error codes the API speaks; every GraphQL error carries one as `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'DATABASE_UNAVAILABLE'
  | 'TIMEOUT'
  /** The query needed more memory than the database allows one transaction; it alone was stopped. */
  | 'MEMORY_LIMIT'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badInput = (message: string, extra?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, extra);
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} not found`, { what, id });

/** Neo4j server and driver error codes, mapped to API codes in this one place. */
const NEO4J_CODES: Array<[RegExp, ErrorCode]> = [
  [/^(ServiceUnavailable|SessionExpired)$/, 'DATABASE_UNAVAILABLE'],
  [/^Neo\.TransientError\.General\.DatabaseUnavailable$/, 'DATABASE_UNAVAILABLE'],
  [/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit)$/, 'DATABASE_UNAVAILABLE'],
  [/^Neo\.ClientError\.Schema\.ConstraintValidationFailed$/, 'CONFLICT'],
  [/^Neo\.ClientError\.Transaction\.TransactionTimedOut/, 'TIMEOUT'],
  // The per-transaction limit (db.memory.transaction.max), the pool of all transactions, or a heap
  // allocation that failed inside one query's expression: that query alone fails.
  [/^Neo\.TransientError\.General\.(TransactionMemoryLimit|TransactionOutOfMemoryError|MemoryPoolOutOfMemoryError|OutOfMemoryError)$/, 'MEMORY_LIMIT'],
  [/^Neo\.TransientError\.Transaction\.(LockClientStopped|Terminated)$/, 'TIMEOUT'],
  [/^Neo\.ClientError\.Statement\.(SyntaxError|SemanticError|ParameterMissing|TypeError|ArgumentError|ArithmeticError|EntityNotFound)$/, 'BAD_USER_INPUT'],
  [/^Neo\.ClientError\.Statement\.AccessMode$/, 'FORBIDDEN'],
  [/^Neo\.ClientError\.Security\.Forbidden$/, 'FORBIDDEN'],
];

/**
 * Kinds of Neo4j codes that some callers treat apart from their API code: kept beside the table
 * above so that every pattern over Neo4j's codes lives in this one file.
 */
const NEO4J_KINDS = {
  /** The transaction outgrew the memory the database allows it. */
  memoryLimit: /^Neo\.TransientError\.General\.(TransactionMemoryLimit|TransactionOutOfMemoryError|OutOfMemoryError|MemoryPoolOutOfMemoryError)$/,
  /** Worth trying again (the driver's own codes for a lost connection included). */
  transient: /^(Neo\.TransientError\.|ServiceUnavailable$|SessionExpired$)/,
  /** Two transactions waited on each other's locks; Neo4j rolled this one back. */
  deadlock: /^Neo\.TransientError\.Transaction\.DeadlockDetected$/,
  /** The statement was refused while planning: syntax, unknown names or procedures, types. */
  planning: /^Neo\.ClientError\.(Statement|Procedure)\./,
  /** An administration command, refused as such rather than as a typo. */
  adminCommand: /^Neo\.ClientError\.Statement\.(UnsupportedAdministrationCommand|NotSystemDatabaseError|UnsupportedOperationError)$/,
  /** A write attempted in a read-only transaction. */
  accessMode: /^Neo\.ClientError\.Statement\.AccessMode$/,
} as const;

const isKind = (kind: keyof typeof NEO4J_KINDS) => (code: string | null | undefined) => Boolean(code && NEO4J_KINDS[kind].test(code));
export const isMemoryLimit = isKind('memoryLimit');
export const isTransient = isKind('transient');
export const isDeadlock = isKind('deadlock');
export const isPlanningError = isKind('planning');
export const isAdminCommand = isKind('adminCommand');
export const isAccessModeError = isKind('accessMode');

/** The Neo4j code an error carries (server codes and the driver's own), if any. */
export const neo4jCodeOf = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

export function codeForNeo4jError(code: string | undefined): ErrorCode {
  if (!code) return 'INTERNAL_SERVER_ERROR';
  for (const [pattern, mapped] of NEO4J_CODES) if (pattern.test(code)) return mapped;
  return 'INTERNAL_SERVER_ERROR';
}

/** Wraps anything a query threw into an AppError; keeps the Neo4j code for logs. */
export function fromNeo4jError(error: unknown, query: string): AppError {
  if (error instanceof AppError) return error;
  const neoCode = neo4jCodeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  // The driver's pool ran out of connections for longer than its acquisition timeout: the
  // database is overloaded rather than broken, and the request can be tried again.
  const busy = /^Connection acquisition timed out/.test(detail);
  const mapped = busy ? 'DATABASE_UNAVAILABLE' : codeForNeo4jError(neoCode);
  const messages: Record<ErrorCode, string> = {
    DATABASE_UNAVAILABLE: busy ? 'The graph database is busy right now; try again shortly.' : 'The graph database is not reachable right now; try again shortly.',
    CONFLICT: `Conflict: ${detail}`,
    TIMEOUT: `The query took too long and was stopped (${query}).`,
    MEMORY_LIMIT: `The query needed more memory than the database allows one query, and was stopped; nothing else was affected (${query}). Ask for less: add a LIMIT, aggregate instead of collect(), avoid building large lists or strings.`,
    BAD_USER_INPUT: detail,
    FORBIDDEN: `Not allowed: ${detail}`,
    UNAUTHENTICATED: 'Sign in first.',
    NOT_FOUND: detail,
    INTERNAL_SERVER_ERROR: 'Internal server error',
  };
  const wrapped = new AppError(mapped, messages[mapped], { neo4jCode: neoCode ?? null, query, ...(busy ? { reason: 'BUSY' } : {}) });
  (wrapped as { originalError?: unknown }).originalError = error;
  return wrapped;
}
