import neo4j, { type Driver } from 'neo4j-driver';

export interface Credentials {
  uri: string;
  user: string;
  password: string;
}

/**
 * A driver tuned to fail fast when the database is away (the API must answer
 * DATABASE_UNAVAILABLE within seconds, not hang), with integers returned as JS numbers.
 */
export function createDriver({ uri, user, password }: Credentials): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionTimeout: 1500,
    connectionAcquisitionTimeout: 1800,
    maxTransactionRetryTime: 1000,
    maxConnectionPoolSize: 50,
    userAgent: 'chainatlas/0.1',
  });
}

/** The server's version string, e.g. "5.26.30"; throws when the database does not answer. */
export async function serverVersion(driver: Driver, database?: string): Promise<string> {
  const info = await driver.getServerInfo({ database });
  return (info.agent ?? 'Neo4j/unknown').replace(/^Neo4j\//, '');
}
