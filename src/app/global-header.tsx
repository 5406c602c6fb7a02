import { NavLink } from 'react-router';
import { OrgStrip } from './org-strip';

const MAIN_LINKS = [
  { to: '/connect', label: 'Connect' },
  { to: '/loads/new', label: 'New load' },
  { to: '/loads', label: 'Loads', end: true },
  { to: '/jobs', label: 'Org jobs' },
] as const;

/** The banner on every screen: product, org strip, and the main navigation (SLDS context bar). */
export function GlobalHeader() {
  return (
    <header className="forklift-header">
      <div className="slds-global-header slds-grid slds-grid_align-spread slds-grid_vertical-align-center">
        <div className="slds-global-header__item">
          <span className="forklift-product-name">Forklift</span>
        </div>
        <div className="slds-global-header__item">
          <OrgStrip />
        </div>
      </div>
      <nav aria-label="Main" className="slds-context-bar">
        <div className="slds-context-bar__secondary">
          <ul className="slds-grid">
            {MAIN_LINKS.map((link) => (
              <li key={link.to} className="slds-context-bar__item">
                <NavLink
                  className="slds-context-bar__label-action"
                  to={link.to}
                  end={'end' in link ? link.end : false}
                >
                  <span className="slds-truncate">{link.label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}
