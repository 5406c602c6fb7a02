/**
 * Start-up, the only module with side effects (design.md §2): styles, the runtime config, the
 * Salesforce services, and the React root. jsforce and its Node polyfills load later, on the
 * first OAuth call (src/salesforce/jsforce/jsforce-core.ts).
 */
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { ConfigErrorScreen } from './app/config-error-screen';
import { loadAppConfig } from './lib/app-config';
import { createBrowserSalesforceServices } from './salesforce/salesforce-services';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const loaded = await loadAppConfig();

root.render(
  <StrictMode>
    {loaded.ok ? (
      <App
        config={loaded.config}
        services={createBrowserSalesforceServices(loaded.config.apiVersion)}
      />
    ) : (
      <ConfigErrorScreen problem={loaded.problem} />
    )}
  </StrictMode>,
);
