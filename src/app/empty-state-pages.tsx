import type { ReactNode } from 'react';

/** Honest placeholders: each says what the page will hold, and that it is not built yet. */
function EmptyStatePage(props: { title: string; children: ReactNode }) {
  return (
    <div className="slds-p-around_large">
      <article className="slds-card">
        <div className="slds-card__header">
          <h1 className="slds-card__header-title slds-text-heading_medium">{props.title}</h1>
        </div>
        <div className="slds-card__body slds-card__body_inner">{props.children}</div>
      </article>
    </div>
  );
}

export function OrgJobsPage() {
  return (
    <EmptyStatePage title="Org jobs">
      <p>
        Every Bulk API 2.0 ingest job in the org, not only Forklift’s, will be listed here. The list
        is not built yet.
      </p>
    </EmptyStatePage>
  );
}

export function NotFoundPage() {
  return (
    <EmptyStatePage title="Page not found">
      <p>There is no page at this address. Use the navigation above.</p>
    </EmptyStatePage>
  );
}
