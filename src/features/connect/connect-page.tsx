import { useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useAppConfig } from '../../lib/app-config-context';
import { safeReturnTo } from '../../lib/return-to';
import { useSalesforce, useSessionState } from '../../salesforce/salesforce-context';
import { parseMyDomain } from '../../salesforce/session/my-domain';
import { MyDomainFields } from './my-domain-fields';
import { OrgChoiceFieldset } from './org-choice-fieldset';
import { ReadinessPanel } from './readiness-panel';
import { browserLocalStorage } from './browser-local-storage';
import { displayHost, readRememberedMyDomains, rememberMyDomain } from './remembered-my-domains';
import {
  connectProblemMessage,
  consumerKeyRequired,
  resolveSignInTarget,
  type ConnectForm,
} from './sign-in-target';
import { assignLocation, startProblemMessage, startSignIn, type Redirect } from './start-sign-in';

interface Problem {
  field: 'myDomain' | 'consumerKey' | undefined;
  message: string;
}

/** `/connect`: choose the demo org or a My Domain and sign in with OAuth + PKCE (design.md §1). */
export function ConnectPage({ redirect = assignLocation }: { redirect?: Redirect }) {
  const config = useAppConfig();
  const { tabStorage } = useSalesforce();
  const signedIn = useSessionState().status === 'signed-in';
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get('returnTo'));
  const [remembered] = useState(() => readRememberedMyDomains(browserLocalStorage()));
  const [form, setForm] = useState<ConnectForm>(() => ({
    choice: 'demo',
    myDomain: remembered[0] ? displayHost(remembered[0].loginUrl) : '',
    consumerKey: remembered[0]?.consumerKey ?? '',
  }));
  const [problem, setProblem] = useState<Problem>();
  const [starting, setStarting] = useState(false);
  const myDomainRef = useRef<HTMLInputElement>(null);
  const consumerKeyRef = useRef<HTMLInputElement>(null);

  function onMyDomainChange(myDomain: string) {
    const parsed = parseMyDomain(myDomain);
    const known = parsed.ok ? remembered.find((r) => r.loginUrl === parsed.loginUrl) : undefined;
    // A remembered key fills an empty field; a typed one is never overwritten.
    setForm((f) => ({ ...f, myDomain, consumerKey: f.consumerKey || known?.consumerKey || '' }));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = resolveSignInTarget(form, config);
    if (!result.ok) {
      setProblem({
        field: result.field,
        message: connectProblemMessage(result.problem, result.host),
      });
      (result.field === 'myDomain' ? myDomainRef : consumerKeyRef).current?.focus();
      return;
    }
    setProblem(undefined);
    setStarting(true);
    try {
      if (form.choice === 'my-domain') {
        const consumerKey = form.consumerKey.trim();
        rememberMyDomain(browserLocalStorage(), {
          loginUrl: result.target.loginUrl,
          ...(consumerKey ? { consumerKey } : {}),
        });
      }
      await startSignIn({ tabStorage, config, target: result.target, returnTo, redirect });
    } catch (error) {
      setProblem({ field: undefined, message: startProblemMessage(error) });
      setStarting(false);
    }
  }

  return (
    <div className="slds-grid slds-grid_align-center slds-p-around_large">
      <article className="slds-card forklift-connect-card">
        <div className="slds-card__header">
          <h1 className="slds-card__header-title slds-text-heading_medium">
            Connect to Salesforce
          </h1>
        </div>
        <div className="slds-card__body slds-card__body_inner">
          <p className="slds-m-bottom_medium">
            Sign in to the org you want to load data into. Forklift uses OAuth 2.0 with PKCE: your
            password goes only to Salesforce, and the session ends when you close this tab.
          </p>
          {signedIn && (
            <p className="slds-m-bottom_medium slds-text-color_weak">
              You are signed in already; signing in again replaces the current session.
            </p>
          )}
          {problem && (
            <div
              id="connect-problem"
              role="alert"
              className="slds-notify slds-notify_alert slds-alert_error slds-m-bottom_medium"
            >
              <p>{problem.message}</p>
            </div>
          )}
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <OrgChoiceFieldset
              value={form.choice}
              onChange={(choice) => {
                setForm((f) => ({ ...f, choice }));
                setProblem(undefined);
              }}
            />
            {form.choice === 'demo' ? (
              <p className="slds-m-bottom_medium">
                Demo org at <code>{config.demoOrgUrl}</code>. Log in as{' '}
                <code>admin@forklift.demo</code> or <code>analyst@forklift.demo</code>, password{' '}
                <code>forklift</code>.
              </p>
            ) : (
              <MyDomainFields
                myDomain={form.myDomain}
                consumerKey={form.consumerKey}
                consumerKeyRequired={consumerKeyRequired(config)}
                invalidField={problem?.field}
                myDomainRef={myDomainRef}
                consumerKeyRef={consumerKeyRef}
                onMyDomainChange={onMyDomainChange}
                onConsumerKeyChange={(consumerKey) => setForm((f) => ({ ...f, consumerKey }))}
              />
            )}
            <button className="slds-button slds-button_brand" type="submit" disabled={starting}>
              Sign in
            </button>
          </form>
          <ReadinessPanel form={form} config={config} autoRun={searchParams.has('check')} />
        </div>
      </article>
    </div>
  );
}
