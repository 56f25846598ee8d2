import { createHashRouter } from 'react-router';
import { CatalogView } from '../views/catalog/CatalogView';
import { CertificationDetailView } from '../views/catalog/CertificationDetailView';
import { CertificationEditorView } from '../views/catalog/editor/CertificationEditorView';
import { AddCredentialView } from '../views/credentials/AddCredentialView';
import { CredentialView } from '../views/credentials/CredentialView';
import { DashboardView } from '../views/dashboard/DashboardView';
import { RecordsView } from '../views/records/RecordsView';
import { RemindersView } from '../views/reminders/RemindersView';
import { SettingsView } from '../views/settings/SettingsView';
import { GuidedStartView } from '../views/start/GuidedStartView';
import { TracksView } from '../views/tracks/TracksView';
import { TrackView } from '../views/tracks/TrackView';
import { Layout } from './Layout';
import { NotFoundView } from './NotFoundView';

/**
 * Hash routes work the same under app:// and the web host, with no server-side fallback. `key`
 * on parameterised views resets their local state when the parameter changes.
 */
export function createRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <Layout />,
      errorElement: <NotFoundView />,
      children: [
        { index: true, element: <DashboardView /> },
        { path: 'start', element: <GuidedStartView /> },
        { path: 'catalog', element: <CatalogView /> },
        { path: 'catalog/new', element: <CertificationEditorView /> },
        { path: 'catalog/:id', element: <CertificationDetailView /> },
        { path: 'catalog/:id/edit', element: <CertificationEditorView /> },
        { path: 'tracks', element: <TracksView /> },
        { path: 'tracks/:id', element: <TrackView /> },
        { path: 'tracks/:id/:tab', element: <TrackView /> },
        { path: 'records', element: <RecordsView /> },
        { path: 'records/:section', element: <RecordsView /> },
        { path: 'credentials/new', element: <AddCredentialView /> },
        { path: 'credentials/:id', element: <CredentialView /> },
        { path: 'reminders', element: <RemindersView /> },
        { path: 'settings', element: <SettingsView /> },
        { path: '*', element: <NotFoundView /> },
      ],
    },
  ]);
}
