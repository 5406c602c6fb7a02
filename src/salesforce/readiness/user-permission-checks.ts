/**
 * The user's system permissions for loading (issue 7), from `UserPermissionAccess`: API Enabled,
 * Bulk API Hard Delete, Modify All Data and View All Data. Pure; each fix names the Setup page.
 */
import { unknownCheck, type ReadinessCheck, type ReadProblem } from './readiness-check';

/** The row of `SELECT … FROM UserPermissionAccess` for the signed-in user. */
export interface UserPermissionRow {
  PermissionsApiEnabled?: boolean;
  PermissionsBulkApiHardDelete?: boolean;
  PermissionsModifyAllData?: boolean;
  PermissionsViewAllData?: boolean;
}

export const USER_PERMISSIONS_SOQL =
  'SELECT PermissionsApiEnabled, PermissionsBulkApiHardDelete, PermissionsModifyAllData, ' +
  'PermissionsViewAllData FROM UserPermissionAccess';

const PERMISSION_SET_PAGE =
  'Setup → Users → Permission Sets → (a permission set assigned to you) → System Permissions';

const API_ENABLED = {
  id: 'api-enabled',
  title: 'API Enabled',
  why: 'Forklift works only through the API: without this permission every call is refused.',
} as const;
const HARD_DELETE = {
  id: 'hard-delete',
  title: 'Bulk API Hard Delete',
  why:
    'The hardDelete operation deletes records for good, skipping the Recycle Bin; Salesforce ' +
    'allows it only to users with this permission. Insert, update, upsert and delete do not need it.',
} as const;
const DATA_ACCESS = {
  id: 'data-access',
  title: 'Modify All Data and View All Data',
  why:
    'Without them, sharing decides which records you can see and change: rows for records you ' +
    'cannot see fail, and the org check cannot find records shared away from you.',
} as const;

export function userPermissionChecks(
  row: UserPermissionRow | ReadProblem | undefined,
): ReadinessCheck[] {
  if (row === undefined || 'errorCode' in row) {
    if (row?.errorCode === 'API_DISABLED_FOR_ORG') {
      return [
        apiEnabledFailure(row.message),
        unknownCheck(HARD_DELETE, 'Not checked: the API refused this user.'),
        unknownCheck(DATA_ACCESS, 'Not checked: the API refused this user.'),
      ];
    }
    const detail = `Your permissions could not be read${row ? `: ${row.message} (${row.errorCode})` : ''}.`;
    return [API_ENABLED, HARD_DELETE, DATA_ACCESS].map((base) => unknownCheck(base, detail));
  }
  const checks: ReadinessCheck[] = [];
  checks.push(
    row.PermissionsApiEnabled === false
      ? apiEnabledFailure('Your user does not have "API Enabled".')
      : { ...API_ENABLED, status: 'pass', detail: 'Your user may use the API.' },
  );
  checks.push(
    row.PermissionsBulkApiHardDelete === true
      ? { ...HARD_DELETE, status: 'pass', detail: 'You may hard delete records with Bulk API.' }
      : {
          ...HARD_DELETE,
          status: 'warn',
          detail:
            'You do not have "Bulk API Hard Delete": the hardDelete operation will be refused.',
          fix:
            `If you need hardDelete, ask your admin to tick "Bulk API Hard Delete" in ` +
            `${PERMISSION_SET_PAGE}, then check again. Otherwise use delete, which keeps ` +
            'records in the Recycle Bin.',
        },
  );
  const missing = [
    row.PermissionsModifyAllData === true ? null : 'Modify All Data',
    row.PermissionsViewAllData === true ? null : 'View All Data',
  ].filter((name): name is string => name !== null);
  checks.push(
    missing.length === 0
      ? { ...DATA_ACCESS, status: 'pass', detail: 'You may see and change every record.' }
      : {
          ...DATA_ACCESS,
          status: 'warn',
          detail: `You do not have ${missing.join(' or ')}: sharing rules limit which records you can load into.`,
          fix:
            `This is often intended. If rows fail with INSUFFICIENT_ACCESS, ask your admin to ` +
            `share those records with you or to grant ${missing.join(' and ')} in ${PERMISSION_SET_PAGE}.`,
        },
  );
  return checks;
}

function apiEnabledFailure(detail: string): ReadinessCheck {
  return {
    ...API_ENABLED,
    status: 'fail',
    detail,
    fix: `Ask your admin to tick "API Enabled" in ${PERMISSION_SET_PAGE} (or on your profile), then check again.`,
  };
}
