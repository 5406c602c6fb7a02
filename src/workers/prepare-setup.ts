/** The worker's side of the prepare protocol's plain data: the PreflightSetup rebuilt from its posted form. */
import type { PreflightSetup } from '../load/preflight/cell-rules';
import type { CloneablePreflightSetup } from './prepare-protocol';

export function fromCloneableSetup(setup: CloneablePreflightSetup): PreflightSetup {
  return {
    describe: setup.describe,
    mapping: setup.mapping,
    formats: new Map(setup.formats),
    keyPrefixes: new Map(setup.keyPrefixes),
    ...(setup.valueMap ? { valueMap: setup.valueMap } : {}),
  };
}
