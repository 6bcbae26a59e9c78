import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { Provider as UrqlProvider } from 'urql';
import { createApiClient } from '../client';
import { loadSession, type Session, saveSession, sessionFromToken } from './session';

interface Auth {
  readonly session: Session | null;
  /** Keeps the token for this tab; false when it is not a valid, unexpired opale token. */
  signIn(token: string): boolean;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

/** The signed-in session and the urql client that carries its token. */
export function AuthProvider({ children, initial }: { children: ReactNode; initial?: Session | null }) {
  const [session, setSession] = useState<Session | null>(() =>
    initial === undefined ? loadSession() : initial,
  );
  const signIn = useCallback((token: string) => {
    const next = sessionFromToken(token);
    saveSession(next);
    setSession(next);
    return next !== null;
  }, []);
  const signOut = useCallback(() => {
    saveSession(null);
    setSession(null);
  }, []);
  const client = useMemo(() => createApiClient(session?.token ?? null), [session?.token]);
  const auth = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return (
    <AuthContext.Provider value={auth}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside of AuthProvider');
  return auth;
}

/** The session of a page that is shown to signed-in users only. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession without a session: the app shows the sign-in page first');
  return session;
}
