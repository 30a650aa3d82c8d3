import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from './generated/index.js';
import type { MeFieldsFragment } from './generated/graphql.js';
import { gql } from './graphql.js';

graphql(`
  fragment MeFields on Me {
    name
    role
    allowedOperations
  }
`);

const ME_QUERY = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

const SIGN_IN = graphql(`
  mutation SignIn($name: String!, $password: String!) {
    signIn(name: $name, password: $password) {
      ...MeFields
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type Me = MeFieldsFragment;

interface Session {
  /** undefined while asking the server; null when signed out. */
  me: Me | null | undefined;
  /**
   * Whether the signed-in user may do `operation` (`Query.x`, `Mutation.y`, `Data.z`), as the
   * server's policy table says through `me { allowedOperations }`: views light up as the API grows.
   */
  can(operation: string): boolean;
  signIn(name: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    gql(ME_QUERY)
      .then((d) => setMe(d.me))
      .catch(() => setMe(null));
  }, []);
  const signIn = useCallback(async (name: string, password: string) => {
    const d = await gql(SIGN_IN, { name, password });
    setMe(d.signIn);
  }, []);
  const signOut = useCallback(async () => {
    await gql(SIGN_OUT).catch(() => undefined);
    setMe(null);
  }, []);
  const allowed = useMemo(() => new Set(me?.allowedOperations ?? []), [me]);
  const value = useMemo<Session>(() => ({ me, can: (operation) => allowed.has(operation), signIn, signOut }), [me, allowed, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
