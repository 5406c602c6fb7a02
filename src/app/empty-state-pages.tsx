import type { ReactNode } from 'react';

/** Pages with nothing to show but a plain explanation of why, and where to go instead. */
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

export function NotFoundPage() {
  return (
    <EmptyStatePage title="Page not found">
      <p>There is no page at this address. Use the navigation above.</p>
    </EmptyStatePage>
  );
}
