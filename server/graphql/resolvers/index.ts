import type { IResolvers } from '@graphql-tools/utils';
import type { Context } from '../context.js';
import { JSONScalar } from '../scalars.js';
import { chainResolvers } from './chains.js';

/** Each area's resolver map; Apollo merges them type by type. */
export const resolvers: IResolvers<unknown, Context>[] = [{ JSON: JSONScalar }, chainResolvers];
