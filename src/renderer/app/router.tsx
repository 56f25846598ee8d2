import { createHashRouter } from 'react-router';
import { DashboardView } from '../views/dashboard/DashboardView';
import { Layout } from './Layout';
import { lazyScreen } from './lazyScreen';
import { NotFoundView } from './NotFoundView';

// Every screen but the dashboard (the first one) loads on demand, to keep the first bundle small.
const CatalogView = lazyScreen(() => import('../views/catalog/CatalogView').then((m) => m.CatalogView));
const CertificationDetailView = lazyScreen(() => import('../views/catalog/CertificationDetailView').then((m) => m.CertificationDetailView));
const CertificationEditorView = lazyScreen(() => import('../views/catalog/editor/CertificationEditorView').then((m) => m.CertificationEditorView));
const AddCredentialView = lazyScreen(() => import('../views/credentials/AddCredentialView').then((m) => m.AddCredentialView));
const CredentialView = lazyScreen(() => import('../views/credentials/CredentialView').then((m) => m.CredentialView));
const RecordsView = lazyScreen(() => import('../views/records/RecordsView').then((m) => m.RecordsView));
const RemindersView = lazyScreen(() => import('../views/reminders/RemindersView').then((m) => m.RemindersView));
const SettingsView = lazyScreen(() => import('../views/settings/SettingsView').then((m) => m.SettingsView));
const GuidedStartView = lazyScreen(() => import('../views/start/GuidedStartView').then((m) => m.GuidedStartView));
const TracksView = lazyScreen(() => import('../views/tracks/TracksView').then((m) => m.TracksView));
const TrackView = lazyScreen(() => import('../views/tracks/TrackView').then((m) => m.TrackView));

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
