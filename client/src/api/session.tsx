import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { gql } from './graphql';
import type { Role } from './types';

export interface Me {
  name: string;
  role: Role;
}

interface Session {
  /** undefined while asking the server; null when signed out. */
  me: Me | null | undefined;
  /** Root fields the server offers, as `Query.x` / `Mutation.y`: views light up as the API grows. */
  can(field: string): boolean;
  signIn(name: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const CAPABILITIES = '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }';
interface SchemaShape {
  __schema: { queryType: { fields: Array<{ name: string }> } | null; mutationType: { fields: Array<{ name: string }> } | null };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [fields, setFields] = useState<Set<string>>(new Set());
  useEffect(() => {
    gql<{ me: Me | null }>('query Me { me { name role } }')
      .then((d) => setMe(d.me))
      .catch(() => setMe(null));
    gql<SchemaShape>(CAPABILITIES)
      .then((d) =>
        setFields(
          new Set([
            ...(d.__schema.queryType?.fields ?? []).map((f) => `Query.${f.name}`),
            ...(d.__schema.mutationType?.fields ?? []).map((f) => `Mutation.${f.name}`),
          ]),
        ),
      )
      .catch(() => setFields(new Set()));
  }, []);
  const signIn = useCallback(async (name: string, password: string) => {
    const d = await gql<{ signIn: Me }>('mutation SignIn($name: String!, $password: String!) { signIn(name: $name, password: $password) { name role } }', { name, password });
    setMe(d.signIn);
  }, []);
  const signOut = useCallback(async () => {
    await gql('mutation SignOut { signOut }').catch(() => undefined);
    setMe(null);
  }, []);
  const value = useMemo<Session>(() => ({ me, can: (f) => fields.has(f), signIn, signOut }), [me, fields, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

const RANK: Record<Role, number> = { viewer: 1, analyst: 2, editor: 3, admin: 4 };
export const atLeast = (me: Me | null | undefined, role: Role) => Boolean(me && RANK[me.role] >= RANK[role]);
