/**
 * Object create / edit / delete rights from the user's describe (issue 7, salesforce-api.md
 * §4.3): a summary over every object, or the chosen object's rights. Pure.
 */
import type { ReadinessCheck, ReadProblem } from './readiness-check';

/** The global describe flags of one object (salesforce-api.md §4.3). */
export interface ObjectAccessFlags {
  name: string;
  label: string;
  createable: boolean;
  updateable: boolean;
  deletable: boolean;
}

const OBJECT_ACCESS_WHY =
  'Salesforce refuses every row of a job on an object you cannot create, edit or delete.';

/** A summary over every object, or the chosen one's create / edit / delete rights. */
export function objectAccessCheck(
  objects: readonly ObjectAccessFlags[] | ReadProblem,
  chosen?: string,
): ReadinessCheck {
  const base = { id: 'object-access', why: OBJECT_ACCESS_WHY } as const;
  if (!Array.isArray(objects)) {
    const problem = objects as ReadProblem;
    return {
      ...base,
      title: 'Object permissions',
      status: 'unknown',
      detail: `The objects could not be read: ${problem.message} (${problem.errorCode}).`,
    };
  }
  const fixFor = (label: string, rights: string) =>
    `Ask your admin to grant ${rights} on ${label} in Setup → Users → Permission Sets → ` +
    `(a permission set assigned to you) → Object Settings → ${label}, then check again.`;
  if (chosen !== undefined) {
    const object = objects.find((o) => o.name.toLowerCase() === chosen.toLowerCase());
    if (!object) {
      return {
        ...base,
        title: `Object permissions on ${chosen}`,
        status: 'fail',
        detail: `${chosen} is not among the objects you can see.`,
        fix: fixFor(chosen, 'Read, Create and Edit'),
      };
    }
    const rights = { Create: object.createable, Edit: object.updateable, Delete: object.deletable };
    const allowed = Object.entries(rights)
      .filter(([, on]) => on)
      .map(([name]) => name);
    const denied = Object.entries(rights)
      .filter(([, on]) => !on)
      .map(([name]) => name);
    const title = `Object permissions on ${object.label}`;
    if (denied.length === 0) {
      return {
        ...base,
        title,
        status: 'pass',
        detail: `You may create, edit and delete ${object.label} records.`,
      };
    }
    return {
      ...base,
      title,
      status: allowed.length === 0 ? 'fail' : 'warn',
      detail:
        `On ${object.label} you may ${allowed.length ? allowed.join(', ').toLowerCase() : 'not write'}` +
        `; you may not ${denied.join(', ').toLowerCase()}.`,
      fix: fixFor(object.label, denied.join(', ')),
    };
  }
  const count = (flag: 'createable' | 'updateable' | 'deletable') =>
    objects.filter((o) => o[flag]).length;
  const [creatable, editable, deletable] = [
    count('createable'),
    count('updateable'),
    count('deletable'),
  ];
  const detail = `You may create records in ${creatable} objects, edit them in ${editable} and delete them in ${deletable}.`;
  if (creatable + editable + deletable === 0) {
    return {
      ...base,
      title: 'Object permissions',
      status: 'fail',
      detail: 'You may not create, edit or delete records in any object.',
      fix: 'Ask your admin for a permission set with Create, Edit or Delete on the objects you load (Setup → Users → Permission Sets → Object Settings).',
    };
  }
  return { ...base, title: 'Object permissions', status: 'pass', detail };
}
