import { APP_CONFIG_URL } from '../lib/app-config';

const EXAMPLE = JSON.stringify(
  {
    demoOrgUrl: 'http://localhost:4455',
    clientId: 'forklift-console',
    redirectPath: '/oauth/callback',
    apiVersion: '62.0',
  },
  null,
  2,
);

/** What the console shows instead of itself when its config.json is missing or wrong. */
export function ConfigErrorScreen({ problem }: { problem: string }) {
  return (
    <main className="slds-p-around_large">
      <div role="alert" className="slds-box slds-theme_shade">
        <h1 className="slds-text-heading_medium slds-m-bottom_small">Forklift cannot start</h1>
        <p className="slds-m-bottom_small">{problem}</p>
        <p className="slds-m-bottom_small">
          Whoever hosts this console should fix <code>{APP_CONFIG_URL}</code> (next to{' '}
          <code>index.html</code>; <code>public/config.json</code> in the source) and reload the
          page. It looks like this:
        </p>
        <pre className="slds-box slds-theme_default">{EXAMPLE}</pre>
      </div>
    </main>
  );
}
