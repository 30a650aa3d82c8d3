import type { IResolvers } from '@graphql-tools/utils';
import type { Context } from '../context.js';
import { JSONScalar } from '../scalars.js';
import { analysisResolvers } from './analysis.js';
import { authResolvers } from './auth.js';
import { chainResolvers } from './chains.js';
import { consoleResolvers } from './console.js';
import { editingResolvers } from './editing.js';
import { elementResolvers } from './elements.js';
import { entityResolvers } from './entities.js';
import { exploreResolvers } from './explore.js';
import { governanceResolvers } from './governance.js';
import { networkResolvers } from './network.js';
import { projectResolvers } from './projects.js';
import { searchResolvers } from './search.js';
import { targetResolvers } from './targets.js';

/** Each area's resolver map; merged type by type into one schema. */
export const resolvers: IResolvers<unknown, Context>[] = [
  { JSON: JSONScalar },
  chainResolvers,
  authResolvers,
  entityResolvers,
  targetResolvers,
  networkResolvers,
  searchResolvers,
  exploreResolvers,
  projectResolvers,
  editingResolvers,
  elementResolvers,
  governanceResolvers,
  consoleResolvers,
  analysisResolvers,
];
