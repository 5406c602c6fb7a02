import type { RefObject } from 'react';

export interface MyDomainFieldsProps {
  myDomain: string;
  consumerKey: string;
  consumerKeyRequired: boolean;
  invalidField: 'myDomain' | 'consumerKey' | undefined;
  myDomainRef: RefObject<HTMLInputElement | null>;
  consumerKeyRef: RefObject<HTMLInputElement | null>;
  onMyDomainChange: (value: string) => void;
  onConsumerKeyChange: (value: string) => void;
}

/** The My Domain and Consumer key fields (SLDS form elements), shown when "My Domain" is chosen. */
export function MyDomainFields({
  myDomain,
  consumerKey,
  consumerKeyRequired,
  invalidField,
  myDomainRef,
  consumerKeyRef,
  onMyDomainChange,
  onConsumerKeyChange,
}: MyDomainFieldsProps) {
  const myDomainInvalid = invalidField === 'myDomain';
  const keyInvalid = invalidField === 'consumerKey';
  return (
    <>
      <div
        className={`slds-form-element slds-m-bottom_medium${myDomainInvalid ? ' slds-has-error' : ''}`}
      >
        <label className="slds-form-element__label" htmlFor="my-domain">
          My Domain
        </label>
        <div className="slds-form-element__control">
          <input
            ref={myDomainRef}
            id="my-domain"
            className="slds-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            aria-required="true"
            aria-invalid={myDomainInvalid}
            aria-describedby={myDomainInvalid ? 'my-domain-help connect-problem' : 'my-domain-help'}
            value={myDomain}
            onChange={(event) => onMyDomainChange(event.target.value)}
          />
        </div>
        <div className="slds-form-element__help" id="my-domain-help">
          Type <code>acme</code> for a production org, <code>acme--uat.sandbox</code> for a sandbox,
          or paste the full URL, such as <code>https://acme.my.salesforce.com</code>.
        </div>
      </div>
      <div
        className={`slds-form-element slds-m-bottom_medium${keyInvalid ? ' slds-has-error' : ''}`}
      >
        <label className="slds-form-element__label" htmlFor="consumer-key">
          Consumer key
        </label>
        <div className="slds-form-element__control">
          <input
            ref={consumerKeyRef}
            id="consumer-key"
            className="slds-input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            aria-required={consumerKeyRequired}
            aria-invalid={keyInvalid}
            aria-describedby={
              keyInvalid ? 'consumer-key-help connect-problem' : 'consumer-key-help'
            }
            value={consumerKey}
            onChange={(event) => onConsumerKeyChange(event.target.value)}
          />
        </div>
        <div className="slds-form-element__help" id="consumer-key-help">
          {consumerKeyRequired
            ? 'From your org’s External Client App. '
            : 'Optional: leave it empty to use the key in this console’s config.json. '}
          Remembered for this My Domain in this browser.
        </div>
      </div>
    </>
  );
}
