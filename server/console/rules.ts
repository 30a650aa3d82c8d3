/**
 * What the analysts' console lets through, in one place: limits, the procedure allowlist, and the
 * data it never shows. The checks that apply these live in static-check.ts (before anything is sent)
 * and plan-check.ts (on the EXPLAIN plan).
 */

export const LIMITS = {
  /** Rows returned by default and at most; one more is read to tell that the cap was hit. */
  defaultRows: 1_000,
  maxRows: 10_000,
  /** Transaction timeout in milliseconds: default, floor and ceiling. */
  defaultTimeoutMs: 5_000,
  minTimeoutMs: 100,
  maxTimeoutMs: 60_000,
  /** Longest query text accepted, in characters. */
  maxQueryLength: 10_000,
  /** Largest parameter map accepted, as JSON characters. */
  maxParamsLength: 64_000,
  /**
   * A rough budget for the converted rows (about JSON bytes): one huge row or many wide ones stop
   * the stream just like the row cap does, so a response never grows without bound.
   */
  maxResultBytes: 8_000_000,
  /** Relationship endpoints fetched to complete the graph when the rows lack them. */
  maxEndpointFetch: 5_000,
} as const;

/**
 * Read-only procedures an analyst may CALL: the schema overview and the full-text name index. Exact
 * names (Neo4j resolves procedure names case-sensitively). Everything else, including `db.*`
 * procedures that look harmless (db.awaitIndexes blocks, db.clearQueryCaches runs as a schema
 * write even in a read transaction), is refused.
 */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
]);

/**
 * SHOW commands allowed: indexes and constraints only (they tell an analyst which lookups are
 * fast). SHOW TRANSACTIONS would show other people's queries and parameters, SHOW SETTINGS the
 * server's configuration, SHOW USERS/DATABASES/PROCEDURES more than the console needs.
 */
export const ALLOWED_SHOW_TARGETS: ReadonlySet<string> = new Set(['INDEX', 'INDEXES', 'CONSTRAINT', 'CONSTRAINTS']);
export const SHOW_QUALIFIERS: ReadonlySet<string> = new Set([
  'ALL',
  'RANGE',
  'TEXT',
  'POINT',
  'FULLTEXT',
  'LOOKUP',
  'VECTOR',
  'BTREE',
  'UNIQUE',
  'UNIQUENESS',
  'EXIST',
  'EXISTS',
  'EXISTENCE',
  'KEY',
  'NODE',
  'RELATIONSHIP',
  'REL',
  'PROPERTY',
  'PROP',
  'TYPE',
]);

/**
 * The application's own bookkeeping: accounts, sessions, tokens, the audit log and people's saved
 * queries. They live in the account store (server/auth/store.ts), never in the graph; nodes of these
 * labels exist only in a graph written by an older version, until the move on start. As a second
 * line, the console still refuses queries that name these labels or keys and blanks any such node
 * that reaches a result.
 */
export const PROTECTED_LABELS: ReadonlySet<string> = new Set(['User', 'Session', 'ApiToken', 'AuditEntry', 'SavedQuery']);
export const PROTECTED_KEYS: ReadonlySet<string> = new Set(['passwordHash', 'hash']);

/** Clause keywords that change data. */
export const WRITE_CLAUSES: ReadonlySet<string> = new Set(['CREATE', 'INSERT', 'MERGE', 'SET', 'DELETE', 'DETACH', 'NODETACH', 'REMOVE', 'FOREACH']);

/** Administration keywords refused wherever they stand. */
export const ADMIN_KEYWORDS: ReadonlySet<string> = new Set(['DROP', 'ALTER', 'GRANT', 'DENY', 'REVOKE', 'RENAME', 'TERMINATE', 'DEALLOCATE', 'REALLOCATE', 'DRYRUN']);

/** Keywords refused only when followed by one of these (START and STOP are common variable names). */
export const ADMIN_PAIRS: Readonly<Record<string, ReadonlySet<string>>> = {
  START: new Set(['DATABASE', 'SERVER']),
  STOP: new Set(['DATABASE', 'SERVER']),
  ENABLE: new Set(['SERVER']),
};

/** What may follow CREATE in an administration or schema command rather than a pattern. */
export const SCHEMA_OBJECTS: ReadonlySet<string> = new Set([
  'INDEX',
  'CONSTRAINT',
  'DATABASE',
  'COMPOSITE',
  'ALIAS',
  'USER',
  'ROLE',
  'OR',
  'RANGE',
  'TEXT',
  'POINT',
  'FULLTEXT',
  'LOOKUP',
  'VECTOR',
  'BTREE',
]);
