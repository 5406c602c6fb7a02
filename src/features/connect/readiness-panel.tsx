/**
 * "Check this org" on the connect page (issue 7): runs the token-free readiness checks against
 * the org chosen in the form — the demo org or a My Domain — on demand, or at once when the page
 * is opened with `?check=1` (after a sign-in failed).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { redirectUriFor, type AppConfig } from '../../lib/app-config';
import { runPreSignInChecks } from '../../salesforce/readiness/pre-sign-in-probes';
import type { ReadinessCheck } from '../../salesforce/readiness/readiness-check';
import { parseMyDomain } from '../../salesforce/session/my-domain';
import { ReadinessList, readinessSummary } from './readiness-list';
import type { ConnectForm } from './sign-in-target';

export function ReadinessPanel(props: { form: ConnectForm; config: AppConfig; autoRun: boolean }) {
  const { form, config, autoRun } = props;
  const host = checkedHost(form, config);
  const [run, setRun] = useState<PanelRun>({ state: 'idle' });
  const latest = useRef(0);
  const { consumerKey } = form;
  const check = useCallback(
    (loginUrl: string) => {
      const id = ++latest.current;
      setRun({ state: 'checking', host: loginUrl });
      const origin = window.location.origin;
      runPreSignInChecks({
        apiHost: loginUrl,
        loginHost: loginUrl,
        consoleOrigin: origin,
        apiVersion: config.apiVersion,
        isDemoOrg: loginUrl === config.demoOrgUrl,
        clientId: consumerKey.trim() || config.clientId,
        redirectUri: redirectUriFor(config, origin),
      }).then(
        (checks) => id === latest.current && setRun({ state: 'done', host: loginUrl, checks }),
        (error: unknown) =>
          id === latest.current &&
          setRun({
            state: 'failed',
            host: loginUrl,
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    },
    [config, consumerKey],
  );
  const autoRan = useRef(false);
  const autoRunHost = autoRun && host.ok ? host.loginUrl : undefined;
  useEffect(() => {
    if (autoRunHost === undefined || autoRan.current) return;
    autoRan.current = true;
    check(autoRunHost);
  }, [autoRunHost, check]);

  return (
    <section aria-labelledby="readiness-panel-heading" className="slds-m-top_large">
      <h2 id="readiness-panel-heading" className="slds-text-heading_small slds-m-bottom_x-small">
        Check this org
      </h2>
      <p className="slds-m-bottom_small slds-text-color_weak">
        Before signing in, Forklift can check that the org answers this console, allows it on its
        CORS allowlist and offers the API version it needs.
      </p>
      {!host.ok && <p className="slds-m-bottom_small">{host.problem}</p>}
      <button
        type="button"
        className="slds-button slds-button_neutral"
        disabled={!host.ok || run.state === 'checking'}
        onClick={() => host.ok && check(host.loginUrl)}
      >
        Check this org
      </button>
      <div role="status" className="slds-m-top_small">
        {run.state === 'checking' && <p>Checking {run.host}…</p>}
        {run.state === 'done' && (
          <p>
            {run.host}: {readinessSummary(run.checks)}
          </p>
        )}
      </div>
      {run.state === 'failed' && (
        <p role="alert">
          The check of {run.host} could not run: {run.message}. Try again; if it keeps failing,
          reload the page.
        </p>
      )}
      {run.state === 'done' && (
        <ReadinessList checks={run.checks} label="Org readiness before sign-in" />
      )}
    </section>
  );
}

type PanelRun =
  | { state: 'idle' }
  | { state: 'checking'; host: string }
  | { state: 'done'; host: string; checks: ReadinessCheck[] }
  | { state: 'failed'; host: string; message: string };

type CheckedHost = { ok: true; loginUrl: string } | { ok: false; problem: string };

function checkedHost(form: ConnectForm, config: AppConfig): CheckedHost {
  if (form.choice === 'demo') return { ok: true, loginUrl: config.demoOrgUrl };
  const parsed = parseMyDomain(form.myDomain);
  return parsed.ok
    ? { ok: true, loginUrl: parsed.loginUrl }
    : { ok: false, problem: 'Enter your My Domain above to check that org.' };
}
