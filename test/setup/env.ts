/**
 * Setup file of the integration and e2e projects: hands the throwaway Neo4j of test/setup/neo4j.ts
 * to the tests (and to the processes they start) as TEST_NEO4J_URI/USER/PASSWORD.
 */
import { inject } from 'vitest';

const neo4j = inject('testNeo4j');
process.env.TEST_NEO4J_URI = neo4j.uri;
process.env.TEST_NEO4J_USER = neo4j.user;
process.env.TEST_NEO4J_PASSWORD = neo4j.password;
