import { Suspense } from 'react';
import { BrowserRouter, matchPath, Route, Routes } from 'react-router';
import { AuthProvider, useAuth } from './auth/auth-context';
import { Layout } from './layout/layout';
import { NotFoundPage } from './layout/not-found-page';
import { type LazyPage, lazyPage } from './ui/lazy-page';
import { Loading } from './ui/query-state';

// Every page is its own chunk, the sign-in page too: the first screen loads only the frame and the
// page it shows.
const SignInPage = lazyPage(() => import('./auth/sign-in-page'));
const PAGES: readonly (readonly [path: string, page: LazyPage])[] = [
  ['/', lazyPage(() => import('./dashboard/dashboard-page'))],
  ['/rapport', lazyPage(() => import('./report/report-page'))],
  ['/tickets', lazyPage(() => import('./tickets/tickets-page'))],
  ['/tickets/nouveau', lazyPage(() => import('./tickets/new-ticket-page'))],
  // After `nouveau`: preloadPage takes the first path that matches.
  ['/tickets/:ref', lazyPage(() => import('./tickets/ticket-page'))],
  ['/etablissements', lazyPage(() => import('./schools/eple-list-page'))],
  ['/etablissements/:uai', lazyPage(() => import('./schools/school-page'))],
  ['/vagues/:id', lazyPage(() => import('./waves/wave-page'))],
  ['/formation', lazyPage(() => import('./training/training-page'))],
  ['/prevision', lazyPage(() => import('./forecast/forecast-page'))],
  ['/re-planification', lazyPage(() => import('./scenario/scenario-page'))],
  ['/ressources', lazyPage(() => import('./resources/resources-page'))],
  ['/admin/itop', lazyPage(() => import('./admin/itop-sync-page'))],
  ['/difficulte/regle', lazyPage(() => import('./difficulty/difficulty-rule-page'))],
];

/** Loads the chunk of the page shown at `pathname`: main.tsx renders once it is there. */
export function preloadPage(pathname: string, signedIn: boolean): Promise<unknown> {
  if (!signedIn) return SignInPage.preload();
  const page = PAGES.find(([path]) => matchPath(path, pathname))?.[1];
  return page ? page.preload() : Promise.resolve();
}

/** The routes of the app, once signed in. */
export function AppRoutes() {
  const { session } = useAuth();
  if (!session)
    return (
      <Suspense fallback={<Loading what="de la connexion" />}>
        <SignInPage />
      </Suspense>
    );
  return (
    <Routes>
      <Route element={<Layout />}>
        {PAGES.map(([path, Page]) =>
          path === '/' ? (
            <Route key={path} index element={<Page />} />
          ) : (
            <Route key={path} path={path.slice(1)} element={<Page />} />
          ),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <AppRoutes />
      </AuthProvider>
    </BrowserRouter>
  );
}
