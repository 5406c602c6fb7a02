/**
 * The whole mutable demo org: settings, schema, records, OAuth memory, clock, limits and the
 * users' permissions. The HTTP layer and the ingest engine hold one of these; `reset()` brings
 * it back to the state it started in.
 */
import type { FieldValue, OrgSchema, RecordStore } from './contracts';
import { createEmulatorClock, type EmulatorClock } from './emulator-clock';
import { defaultConfig, isRegisteredClient, type EmulatorConfig } from './emulator-config';
import { createOrgLimits, type OrgLimits } from './emulator-limits';
import { normalizeId } from './ids';
import { createOAuthState, type OAuthState } from './oauth/oauth-state';
import { createRecordStore } from './records/record-store';
import { createOrgSchema } from './schema/org-schema';
import { USER_PERMISSION_FIELDS } from './schema/objects/setup-objects';
import {
  DEMO_ADMIN,
  DEMO_ORG,
  DEMO_USERS,
  type DemoPermissions,
  type DemoUser,
} from './seed/demo-org';
import { seedOrg } from './seed/seed-org';
import { permissionFieldValues, userPermissionAccessId } from './seed/user-permissions';
import { createQueryCursors, type QueryCursors } from './soql/query-cursors';

/** Seeds the record ids and every reproducible choice; fixed, so runs are comparable. */
export const DEMO_ORG_SEED = 20_250_601;

/** The settings the control plane may change (`PATCH /__emulator/config`). */
export type MutableConfig = Pick<
  EmulatorConfig,
  | 'corsOrigins'
  | 'oauthCors'
  | 'tokenTtlMs'
  | 'pace'
  | 'pageSize'
  | 'isSandbox'
  | 'down'
  | 'maxUploadBytes'
>;

export interface EmulatorOrg {
  readonly config: EmulatorConfig;
  /** 18-character org id. */
  readonly orgId: string;
  readonly seed: number;
  readonly schema: OrgSchema;
  /** Replaced by reset(): read it each time, never keep it. */
  readonly store: RecordStore;
  readonly oauth: OAuthState;
  readonly clock: EmulatorClock;
  readonly limits: OrgLimits;
  readonly queryCursors: QueryCursors;
  readonly users: readonly DemoUser[];
  /** Case-insensitive, like Salesforce usernames. */
  findUser(username: string): DemoUser | undefined;
  /** By 15- or 18-character id. */
  userById(id: string): DemoUser | undefined;
  /** The user's permissions now (the store's UserPermissionAccess row). */
  permissionsOf(userId: string): DemoPermissions;
  setPermissions(userId: string, changes: Partial<DemoPermissions>): DemoPermissions;
  /** Changes settings; `isSandbox` also updates the Organization record. */
  updateConfig(changes: Partial<MutableConfig>): void;
  /**
   * Stores extra records (control plane `seed`), as the admin; field names are matched
   * case-insensitively. Throws on an unknown object or field. Returns the new ids.
   */
  insertRecords(objectName: string, records: readonly Record<string, FieldValue>[]): string[];
  /** Fresh records and settings, no codes or tokens, real time, full limits. */
  reset(): void;
  /** Fresh seed records only; sessions and settings stay. */
  reseed(): void;
  /** Called whenever the store was replaced (reset, reseed); returns the unsubscribe function. */
  onReset(listener: () => void): () => void;
  /** Other parts hang their state here (the ingest engine its job table), keyed by name. */
  readonly services: Map<string, unknown>;
}

export function createEmulatorOrg(overrides: Partial<EmulatorConfig> = {}): EmulatorOrg {
  const config = defaultConfig(overrides);
  const initialSettings: MutableConfig = pickMutable(config);
  const schema = createOrgSchema();
  const clock = createEmulatorClock();
  const limits = createOrgLimits();
  const queryCursors = createQueryCursors();
  const resetListeners = new Set<() => void>();
  const findUser = (username: string) =>
    DEMO_USERS.find((user) => user.username.toLowerCase() === username.trim().toLowerCase());
  const userById = (id: string) => {
    const id18 = normalizeId(id);
    return DEMO_USERS.find((user) => user.id === id18);
  };

  const newStore = () => {
    const created = createRecordStore(schema, {
      orgSeed: DEMO_ORG_SEED,
      now: () => new Date(clock.now()),
      nowMs: clock.now,
    });
    seedOrg(created, schema, { isSandbox: config.isSandbox });
    return created;
  };
  let store = newStore();
  const replaceStore = () => {
    queryCursors.clear();
    store = newStore();
    for (const listener of [...resetListeners]) listener();
  };

  const oauth = createOAuthState({
    now: clock.now,
    tokenTtlMs: () => config.tokenTtlMs,
    publicUrl: () => config.publicUrl,
    orgId: DEMO_ORG.id,
    findUser,
    isRegisteredClient: (clientId) => isRegisteredClient(config, clientId),
  });

  const permissionsOf = (userId: string): DemoPermissions => {
    const user = userById(userId);
    const row = store.get('UserPermissionAccess', userPermissionAccessId(user?.id ?? userId));
    const read = (key: keyof DemoPermissions) => {
      const value = row?.[USER_PERMISSION_FIELDS[key]];
      return typeof value === 'boolean' ? value : (user?.permissions[key] ?? false);
    };
    return {
      apiEnabled: read('apiEnabled'),
      bulkApiHardDelete: read('bulkApiHardDelete'),
      modifyAllData: read('modifyAllData'),
      viewAllData: read('viewAllData'),
    };
  };

  const org: EmulatorOrg = {
    config,
    orgId: DEMO_ORG.id,
    seed: DEMO_ORG_SEED,
    schema,
    get store() {
      return store;
    },
    oauth,
    clock,
    limits,
    queryCursors,
    users: DEMO_USERS,
    findUser,
    userById,
    permissionsOf,
    setPermissions(userId, changes) {
      const user = userById(userId);
      if (!user) throw new Error(`No such user: ${userId}`);
      const values = permissionFieldValues(changes);
      const rowId = userPermissionAccessId(user.id);
      if (!store.update('UserPermissionAccess', rowId, values, user.id)) {
        throw new Error(`No UserPermissionAccess row for ${user.username}`);
      }
      return permissionsOf(user.id);
    },
    updateConfig(changes) {
      Object.assign(config, stripUndefined(changes));
      if (changes.isSandbox !== undefined) {
        store.update('Organization', DEMO_ORG.id, { IsSandbox: changes.isSandbox }, DEMO_ADMIN.id);
      }
    },
    insertRecords(objectName, records) {
      const object = schema.getObject(objectName);
      if (!object) throw new Error(`No such object: ${objectName}`);
      const rows = records.map((record) => {
        const values: Record<string, FieldValue> = {};
        for (const [name, value] of Object.entries(record)) {
          const field = schema.getField(object.name, name);
          if (!field) throw new Error(`No such field on ${object.name}: ${name}`);
          values[field.name] = value;
        }
        return values;
      });
      return rows.map((values) => store.insert(object.name, values, DEMO_ADMIN.id).Id);
    },
    reset() {
      Object.assign(config, structuredClone(initialSettings));
      clock.useRealTime();
      oauth.clear();
      limits.reset();
      replaceStore();
    },
    reseed: () => replaceStore(),
    onReset(listener) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
    services: new Map(),
  };
  return org;
}

function pickMutable(config: EmulatorConfig): MutableConfig {
  const { corsOrigins, oauthCors, tokenTtlMs, pace, pageSize, isSandbox, down, maxUploadBytes } =
    config;
  return structuredClone({
    corsOrigins,
    oauthCors,
    tokenTtlMs,
    pace,
    pageSize,
    isSandbox,
    down,
    maxUploadBytes,
  });
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
