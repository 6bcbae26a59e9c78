import { can } from '@opale/domain';
import { useSession } from '../auth/auth-context';
import { AsOfTitle } from '../date/date-selector';
import { ReaderDashboard } from './reader-dashboard';
import { SchoolDashboard } from './school-dashboard';

/** Tableau de bord: the académie's figures for readers, their own schools for school users. */
export default function DashboardPage() {
  const session = useSession();
  return (
    <>
      <AsOfTitle title="Tableau de bord" />
      {can(session.role, 'readReport') ? <ReaderDashboard /> : <SchoolDashboard />}
    </>
  );
}
