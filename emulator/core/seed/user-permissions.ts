/**
 * UserPermissionAccess rows. In Salesforce the object answers for the context user only
 * (`SELECT PermissionsApiEnabled FROM UserPermissionAccess` returns one row), and its fields
 * carry no user id. So the store keeps one row per user, under an id derived from the user's:
 * the SOQL layer reads `store.get('UserPermissionAccess', userPermissionAccessId(userId))`,
 * and the control plane changes a user's permissions with `store.update` on that id.
 */
import type { FieldValue } from '../contracts';
import { toId18 } from '../ids';
import { USER_PERMISSION_FIELDS } from '../schema/objects/setup-objects';
import type { DemoPermissions } from './demo-org';

const USER_PERMISSION_ACCESS_PREFIX = '0up';

/** The id of a user's UserPermissionAccess row: `0up` + the user id's 12 characters after `005`. */
export function userPermissionAccessId(userId: string): string {
  return toId18(USER_PERMISSION_ACCESS_PREFIX + userId.slice(3, 15));
}

/** The row's field values for these permissions (`apiEnabled` → `PermissionsApiEnabled`). */
export function permissionFieldValues(
  permissions: Partial<DemoPermissions>,
): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const key of Object.keys(USER_PERMISSION_FIELDS) as (keyof DemoPermissions)[]) {
    const value = permissions[key];
    if (value !== undefined) values[USER_PERMISSION_FIELDS[key]] = value;
  }
  return values;
}
