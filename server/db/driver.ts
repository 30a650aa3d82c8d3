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
    // The driver retries a failed transaction after 1 s ± 20 %, then 2 s ± 20 %, … while the time
    // since the first failure is at most this. At 1000 a first delay under 1 s allowed a second
    // retry, so a dead database answered after 2.4–3.4 s; at 500 there is exactly one retry and
    // DATABASE_UNAVAILABLE comes within ~1.2 s (test/integration/faults-outage.int.test.ts).
    maxTransactionRetryTime: 500,
    maxConnectionPoolSize: 50,
    userAgent: 'chainatlas/0.1',
  });
}

/** The server's version string, e.g. "5.26.30"; throws when the database does not answer. */
export async function serverVersion(driver: Driver, database?: string): Promise<string> {
  const info = await driver.getServerInfo({ database });
  return (info.agent ?? 'Neo4j/unknown').replace(/^Neo4j\//, '');
}
