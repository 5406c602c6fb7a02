import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  SavedMappingKey,
  SavedMappingRecord,
  SavedMappingsStore,
} from '../../lib/saved-mappings-store';
import type { SignedInKey } from '../../salesforce/describe-queries';
import { decodeSavedMapping } from './saved-mapping-records';

export function savedMappingsQueryOptions(store: SavedMappingsStore, signedIn: SignedInKey) {
  // The store is the page's one; the key names whose mappings it lists.
  return queryOptions({
    queryKey: ['saved-mappings', signedIn.orgId, signedIn.userId],
    queryFn: async () =>
      (await store.listForUser(signedIn.orgId, signedIn.userId)).map(decodeSavedMapping),
  });
}

/** This user's saved mappings in this org, with save and delete that refresh the list. */
export function useSavedMappings(store: SavedMappingsStore, signedIn: SignedInKey) {
  const queryClient = useQueryClient();
  const options = savedMappingsQueryOptions(store, signedIn);
  const list = useQuery(options);
  const refresh = () => queryClient.invalidateQueries({ queryKey: options.queryKey });
  const save = useMutation({
    mutationFn: (record: SavedMappingRecord) => store.save(record),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (key: SavedMappingKey) => store.remove(key),
    onSuccess: refresh,
  });
  return { list, save, remove };
}
