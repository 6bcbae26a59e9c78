import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, useAuth } from './auth/auth-context';
import { SignInPage } from './auth/sign-in-page';
import { Layout } from './layout/layout';
import { NotFoundPage } from './layout/not-found-page';

// Every page is its own chunk: the first screen loads only the frame and the page it shows.
const DashboardPage = lazy(() => import('./dashboard/dashboard-page'));
const ReportPage = lazy(() => import('./report/report-page'));
const TicketsPage = lazy(() => import('./tickets/tickets-page'));
const NewTicketPage = lazy(() => import('./tickets/new-ticket-page'));
const SchoolPage = lazy(() => import('./schools/school-page'));
const WavePage = lazy(() => import('./waves/wave-page'));
const TrainingPage = lazy(() => import('./training/training-page'));

/** The routes of the app, once signed in. */
export function AppRoutes() {
  const { session } = useAuth();
  if (!session) return <SignInPage />;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<DashboardPage />} />
        <Route path="rapport" element={<ReportPage />} />
        <Route path="tickets" element={<TicketsPage />} />
        <Route path="tickets/nouveau" element={<NewTicketPage />} />
        <Route path="etablissements/:uai" element={<SchoolPage />} />
        <Route path="vagues/:id" element={<WavePage />} />
        <Route path="formation" element={<TrainingPage />} />
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
