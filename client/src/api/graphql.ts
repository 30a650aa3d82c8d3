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

/** Posts one operation to /graphql; throws ApiError carrying the first error's code. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    // the page's language (set by the i18n provider): validation messages come back in it
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'x-chainatlas-lang': document.documentElement.lang === 'en' ? 'en' : 'zh' },
    credentials: 'same-origin',
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorShape[] } | null;
  if (!body) throw new ApiError(`HTTP ${response.status}`, 'NETWORK', []);
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, String(first.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), body.errors);
  }
  return body.data as T;
}
