import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { gql } from './graphql';
import type { Role } from './types';

export interface Me {
  name: string;
  role: Role;
  /** What the server's policy table allows this user (`Query.x`, `Mutation.y`, `Data.z`). */
  allowedOperations: string[];
}

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

const ME_FIELDS = 'name role allowedOperations';

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  useEffect(() => {
    gql<{ me: Me | null }>(`query Me { me { ${ME_FIELDS} } }`)
      .then((d) => setMe(d.me))
      .catch(() => setMe(null));
  }, []);
  const signIn = useCallback(async (name: string, password: string) => {
    const d = await gql<{ signIn: Me }>(`mutation SignIn($name: String!, $password: String!) { signIn(name: $name, password: $password) { ${ME_FIELDS} } }`, { name, password });
    setMe(d.signIn);
  }, []);
  const signOut = useCallback(async () => {
    await gql('mutation SignOut { signOut }').catch(() => undefined);
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
