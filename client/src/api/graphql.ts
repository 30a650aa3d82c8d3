import { translate } from '../i18n/index';
import { reportReachable, reportUnreachable } from './connection';
import type { TypedDocumentString } from './generated/graphql.js';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly errors: GraphQLErrorShape[],
  ) {
    super(message);
  }
}

/** Longest GET URL sent; a longer query is POSTed. */
const MAX_GET_URL = 6000;

/** A document from client/src/api/<area>.ts, typed by `npm run codegen` from the schema. */
export type Document<R, V> = TypedDocumentString<R, V>;

/**
 * Sends one operation to /graphql; throws ApiError carrying the first error's code. The answer and
 * the variables are typed by the document. Queries go as GET (with Apollo's CSRF header) so the
 * browser keeps answers and revalidates them with the server's ETag (304, no body, when unchanged);
 * mutations and very long queries are POSTed. (Plain text only for an operation whose shape is
 * built at run time inside client/src/api/, such as the export's aliased targets.)
 */
export async function gql<R, V>(query: Document<R, V>, variables?: V): Promise<R>;
export async function gql<R>(query: string, variables?: Record<string, unknown>): Promise<R>;
export async function gql<R>(operation: Document<R, unknown> | string, variables: unknown = {}): Promise<R> {
  const query = operation.toString();
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  // the page's language (set by the i18n provider): server messages come back in it
  const headers = { 'apollo-require-preflight': 'true', 'x-chainatlas-lang': lang };
  const url = /^\s*mutation\b/.test(query) ? null : `/graphql?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`;
  let response: Response;
  try {
    response =
      url && url.length <= MAX_GET_URL
        ? await fetch(url, { method: 'GET', headers, credentials: 'same-origin' })
        : await fetch('/graphql', {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            credentials: 'same-origin',
            body: JSON.stringify({ query, variables }),
          });
  } catch {
    // no HTTP answer at all: the server is down or the network blinked
    reportUnreachable();
    throw new ApiError(translate(lang, 'conn.unreachable'), 'UNREACHABLE', []);
  }
  reportReachable();
  const body = (await response.json().catch(() => null)) as { data?: R; errors?: GraphQLErrorShape[] } | null;
  if (!body) throw new ApiError(`HTTP ${response.status}`, 'NETWORK', []);
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), body.errors);
  }
  return body.data as R;
}
