import type { Resolvers } from '../generated/resolvers.js';
import { allowedOperations, requireAccess, type SignedIn } from '../../auth/policy.js';
import { atLeast } from '../../auth/roles.js';
import {
  authenticate,
  createToken,
  createUser,
  endSession,
  listAudit,
  listUsers,
  openSession,
  recordAudit,
  removeUser,
  revokeToken,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  setUserRole,
  type UserRow,
} from '../../auth/service.js';
import { AppError } from '../../errors.js';
import type { Context } from '../context.js';

function audit(context: Context, action: string, target: string | null, detail?: unknown) {
  return recordAudit(context.services.accounts, { user: context.viewer?.name ?? null, action, target, detail, address: context.address });
}

export const authResolvers: Resolvers = {
  Query: {
    me: (_: unknown, __: unknown, { viewer }: Context) => (viewer ? { name: viewer.name, role: viewer.role } : null),
    users: (_: unknown, __: unknown, { services }: Context) => listUsers(services.accounts),
    auditLog: (_: unknown, args: { user?: string | null; action?: string | null; limit: number }, { services }: Context) => listAudit(services.accounts, args),
  },
  Me: {
    allowedOperations: (me: SignedIn) => allowedOperations(me),
  },
  User: {
    tokens: (user: UserRow) => user.tokens ?? [],
  },
  Mutation: {
    signIn: async (_: unknown, { name, password }: { name: string; password: string }, context: Context) => {
      const { services, res, req, address } = context;
      let viewer;
      try {
        viewer = await authenticate(services.accounts, services.signInGuards, name, password, address);
      } catch (error) {
        await recordAudit(services.accounts, { user: name, action: 'signIn.failed', target: name, address });
        throw error;
      }
      const cookie = await openSession(services.accounts, viewer.name);
      res?.cookie(SESSION_COOKIE, cookie, { httpOnly: true, sameSite: 'strict', secure: req?.secure ?? false, path: '/', maxAge: SESSION_TTL_MS });
      await recordAudit(services.accounts, { user: viewer.name, action: 'signIn', target: viewer.name, address });
      return { name: viewer.name, role: viewer.role };
    },
    signOut: async (_: unknown, __: unknown, context: Context) => {
      if (!context.sessionCookie) return false;
      await endSession(context.services.accounts, context.sessionCookie);
      context.res?.clearCookie(SESSION_COOKIE, { path: '/' });
      if (context.viewer) await audit(context, 'signOut', context.viewer.name);
      return true;
    },
    createApiToken: async (_: unknown, { label }: { label?: string | null }, context: Context) => {
      const created = await createToken(context.services.accounts, context.viewer!.name, label ?? null);
      await audit(context, 'createApiToken', created.id, { label: label ?? null });
      return created;
    },
    revokeApiToken: async (_: unknown, { id }: { id: string }, context: Context) => {
      const owner = atLeast(context.viewer!.role, 'admin') ? null : context.viewer!.name;
      const revoked = await revokeToken(context.services.accounts, id, owner);
      if (revoked) await audit(context, 'revokeApiToken', id);
      return revoked;
    },
    createUser: async (_: unknown, { name, role }: { name: string; role: string }, context: Context) => {
      const created = await createUser(context.services.accounts, name, role);
      await audit(context, 'createUser', name, { role });
      return created;
    },
    setUserRole: async (_: unknown, { name, role }: { name: string; role: string }, context: Context) => {
      if (name === context.viewer!.name && role !== 'admin') throw new AppError('CONFLICT', 'admins cannot remove their own admin role; ask another admin');
      const user = await setUserRole(context.services.accounts, name, role);
      await audit(context, 'setUserRole', name, { role });
      return { ...user, tokens: [] };
    },
    removeUser: async (_: unknown, { name }: { name: string }, context: Context) => {
      requireAccess(context, 'admin', 'removeUser');
      if (name === context.viewer!.name) throw new AppError('CONFLICT', 'admins cannot remove themselves');
      const removed = await removeUser(context.services.accounts, name);
      if (removed) await audit(context, 'removeUser', name);
      return removed;
    },
  },
};
