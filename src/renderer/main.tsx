import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { connect } from './api/connect';
import { AppContext } from './app/AppContext';
import { RecoveryGate } from './app/RecoveryGate';
import { createRouter } from './app/router';
import { createStores } from './stores/createStores';
import './styles/theme.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/records.css';
import './styles/renewal.css';
import './styles/backups.css';
import './styles/narrow.css';
import './styles/rules.css';
import './styles/flashcards.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const connection = connect();

if (!connection.ok) {
  root.render(
    <main className="page connection-error">
      <h1>Certplan cannot reach its data</h1>
      <p>{connection.message}</p>
    </main>,
  );
} else {
  const services = { api: connection.api, stores: createStores(connection.api) };
  root.render(
    <StrictMode>
      <AppContext.Provider value={services}>
        <RecoveryGate>
          <RouterProvider router={createRouter()} />
        </RecoveryGate>
      </AppContext.Provider>
    </StrictMode>,
  );
}
