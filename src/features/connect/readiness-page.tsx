/**
 * `/readiness`: the whole org readiness check for the signed-in user (issue 7) — the token-free
 * probes again, then permissions, object access and limits — with "Check again" after an admin
 * changed something. Reached from the org strip in the header.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { redirectUriFor } from '../../lib/app-config';
import { useAppConfig } from '../../lib/app-config-context';
import { globalDescribeQueryOptions } from '../../salesforce/describe-queries';
import { signedInReadinessQueryOptions } from '../../salesforce/readiness/signed-in-checks';
import { useSalesforce, useSessionState } from '../../salesforce/salesforce-context';
import type { Session } from '../../salesforce/session/session';
import { ReadinessList, readinessSummary } from './readiness-list';

export function ReadinessPage() {
  const state = useSessionState();
  return (
    <div className="slds-p-around_large">
      <article className="slds-card">
        <div className="slds-card__header">
          <h1 className="slds-card__header-title slds-text-heading_medium">Org readiness</h1>
        </div>
        <div className="slds-card__body slds-card__body_inner">
          {state.status === 'signed-in' ? (
            <SignedInReadiness session={state.session} />
          ) : (
            <p>
              Your session ended, so the org cannot be checked. <Link to="/connect">Sign in</Link>{' '}
              again, then come back here.
            </p>
          )}
        </div>
      </article>
    </div>
  );
}

const ALL_OBJECTS = '';

function SignedInReadiness({ session }: { session: Session }) {
  const config = useAppConfig();
  const { client } = useSalesforce();
  const [objectName, setObjectName] = useState(ALL_OBJECTS);
  const objects = useQuery(globalDescribeQueryOptions(client, session));
  const origin = window.location.origin;
  const readiness = useQuery(
    signedInReadinessQueryOptions(client, session, {
      probe: {
        apiHost: session.instanceUrl,
        loginHost: session.loginUrl,
        consoleOrigin: origin,
        apiVersion: config.apiVersion,
        isDemoOrg: session.loginUrl === config.demoOrgUrl,
        clientId: session.clientId,
        redirectUri: redirectUriFor(config, origin),
      },
      ...(objectName ? { objectName } : {}),
    }),
  );
  const writable = (objects.data ?? []).filter((o) => o.createable || o.updateable || o.deletable);

  return (
    <>
      <p className="slds-m-bottom_medium">
        Checks {session.instanceUrl} for what loading data needs: that it answers this console, your
        permissions, and the API allowances left today. Each item says why it matters and what an
        admin changes.
      </p>
      <div className="slds-grid slds-grid_vertical-align-end slds-gutters_x-small slds-m-bottom_medium">
        <div className="slds-col slds-form-element">
          <label className="slds-form-element__label" htmlFor="readiness-object">
            Object to check
          </label>
          <div className="slds-form-element__control">
            <div className="slds-select_container">
              <select
                id="readiness-object"
                className="slds-select"
                value={objectName}
                onChange={(event) => setObjectName(event.target.value)}
              >
                <option value={ALL_OBJECTS}>All objects (summary)</option>
                {writable.map((o) => (
                  <option key={o.name} value={o.name}>
                    {o.label} ({o.name})
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <div className="slds-col slds-no-flex">
          <button
            type="button"
            className="slds-button slds-button_brand"
            disabled={readiness.isFetching}
            onClick={() => void readiness.refetch()}
          >
            Check again
          </button>
        </div>
      </div>
      <div role="status" className="slds-m-bottom_small">
        {readiness.isFetching ? (
          <p>Checking the org…</p>
        ) : (
          readiness.isSuccess && <p>{readinessSummary(readiness.data)}</p>
        )}
      </div>
      {readiness.isError && (
        <p role="alert">
          The check could not run: {readiness.error.message}. Sign in again if your session ended,
          then press Check again.
        </p>
      )}
      {readiness.data && <ReadinessList checks={readiness.data} label="Org readiness" />}
    </>
  );
}
