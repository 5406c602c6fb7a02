import type { Owner } from '../lib/load-store';
import type { SessionState } from '../salesforce/session/session-store';

/** The org and user a page works for, also while a session that ended is being renewed. */
export function signedInKey(state: SessionState): Owner | null {
  switch (state.status) {
    case 'signed-in':
      return { orgId: state.session.orgId, userId: state.session.userId };
    case 'expired':
      return { orgId: state.ended.orgId, userId: state.ended.userId };
    case 'signed-out':
      return null;
  }
}
