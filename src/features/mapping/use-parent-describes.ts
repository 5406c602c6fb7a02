import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SObjectDescribe } from '../../load/describe-types';
import { sobjectDescribeQueryOptions, type SignedInKey } from '../../salesforce/describe-queries';
import { useSalesforce } from '../../salesforce/salesforce-context';
import type { ParentDescribeState } from './parent-key-picker';

export interface ParentDescribes {
  states: ReadonlyMap<string, ParentDescribeState>;
  /** Only the describes that were read, for auto-match to verify relationship headers. */
  ready: ReadonlyMap<string, SObjectDescribe>;
}

/** Describes of parent objects, read through the same cached queries as the main describe. */
export function useParentDescribes(
  signedIn: SignedInKey,
  objects: readonly string[],
): ParentDescribes {
  const { client } = useSalesforce();
  const key = objects.join(',');
  // Rebuilt only when the list of objects or a query's result changes, so the maps stay stable.
  const combine = useCallback(
    (results: UseQueryResult<SObjectDescribe>[]): ParentDescribes => {
      const names = key === '' ? [] : key.split(',');
      const states = new Map<string, ParentDescribeState>();
      const ready = new Map<string, SObjectDescribe>();
      names.forEach((name, i) => {
        const result = results[i];
        if (!result || result.isPending) states.set(name, { status: 'pending' });
        else if (result.isError)
          states.set(name, { status: 'error', message: result.error.message });
        else {
          states.set(name, { status: 'ready', describe: result.data });
          ready.set(name, result.data);
        }
      });
      return { states, ready };
    },
    [key],
  );
  return useQueries({
    queries: objects.map((name) => sobjectDescribeQueryOptions(client, signedIn, name)),
    combine,
  });
}
