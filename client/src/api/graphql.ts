import { translate } from '../i18n/index';
import { reportReachable, reportUnreachable } from './connection';

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

/**
 * Sends one operation to /graphql; throws ApiError carrying the first error's code. Queries go as
 * GET (with Apollo's CSRF header) so the browser keeps answers and revalidates them with the
 * server's ETag (304, no body, when unchanged); mutations and very long queries are POSTed.
 */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
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
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorShape[] } | null;
  if (!body) throw new ApiError(`HTTP ${response.status}`, 'NETWORK', []);
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), body.errors);
  }
  return body.data as T;
}
