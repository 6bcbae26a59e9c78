import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { can } from '@opale/domain';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useAuth, useSession } from '../auth/auth-context';
import { ROLE_LABELS } from '../auth/role-labels';
import { useDatedPath } from '../date/as-of';
import { DateSelector } from '../date/date-selector';
import { Loading } from '../ui/query-state';

/** The frame of every page: DSFR header and navigation, the role, the date selector. */
export function Layout() {
  const session = useSession();
  const { signOut } = useAuth();
  const dated = useDatedPath();
  const { pathname } = useLocation();
  const reader = can(session.role, 'readReport');
  const item = (text: string, path: string, active: boolean) => ({
    text,
    linkProps: { to: dated(path) },
    isActive: active,
  });
  const navigation = [
    item('Tableau de bord', '/', pathname === '/'),
    ...(reader ? [item('Rapport du comité', '/rapport', pathname === '/rapport')] : []),
    item('Tickets', '/tickets', pathname === '/tickets'),
    ...(can(session.role, 'openTicket')
      ? [item('Nouveau ticket', '/tickets/nouveau', pathname === '/tickets/nouveau')]
      : []),
    item('Formation', '/formation', pathname === '/formation'),
    item('Établissements', '/etablissements', pathname === '/etablissements'),
    ...(reader
      ? [
          item('Prévision', '/prevision', pathname === '/prevision'),
          item('Re-planification', '/re-planification', pathname === '/re-planification'),
          item('EPLE en difficulté', '/difficulte/regle', pathname === '/difficulte/regle'),
        ]
      : []),
    item('Ressources', '/ressources', pathname === '/ressources'),
    ...(can(session.role, 'readItopSync')
      ? [item('Échanges ITOP', '/admin/itop', pathname === '/admin/itop')]
      : []),
  ];
  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Date des données', anchor: '#date-des-donnees' },
        ]}
      />
      <Header
        brandTop={
          <>
            Ministère
            <br />
            de l’Éducation
            <br />
            nationale
          </>
        }
        homeLinkProps={{ to: dated('/'), title: 'Accueil — opale, suivi du déploiement d’op@le' }}
        serviceTitle="opale"
        serviceTagline="Suivi du déploiement d’op@le dans l’académie"
        navigation={navigation}
        quickAccessItems={[
          <span key="role" className="fr-btn opale-role">
            <Badge severity="info" small noIcon>
              <span className="fr-sr-only">Connecté en tant que </span>
              {ROLE_LABELS[session.role]}
            </Badge>
          </span>,
          {
            iconId: 'fr-icon-logout-box-r-line',
            text: 'Se déconnecter',
            buttonProps: { onClick: signOut },
          },
        ]}
      />
      <main id="contenu" tabIndex={-1} className="fr-container fr-py-4w">
        <div id="date-des-donnees">
          <DateSelector />
        </div>
        <Suspense fallback={<Loading what="de la page" />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
