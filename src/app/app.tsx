import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import type { AppConfig } from '../lib/app-config';
import { AppConfigProvider } from '../lib/app-config-context';
import { createQueryClient } from '../lib/query-client';
import { SalesforceProvider } from '../salesforce/salesforce-context';
import type { SalesforceServices } from '../salesforce/salesforce-services';
import { AppRoutes } from './app-routes';

/** Providers and routes; the services are made once by main.tsx, outside React. */
export function App({ config, services }: { config: AppConfig; services: SalesforceServices }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AppConfigProvider config={config}>
        <SalesforceProvider services={services}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SalesforceProvider>
      </AppConfigProvider>
    </QueryClientProvider>
  );
}
