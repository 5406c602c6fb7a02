import type { SavedMappingKey, SavedMappingRecord } from '../../lib/saved-mappings-store';
import { mappingFromJson, mappingToJson } from '../../load/mapping-json';
import { headerSimilarity, type SavedMapping } from '../../load/saved-mapping';

/**
 * A saved mapping is offered for a new file when at least this share of its columns are in the
 * file's header: a weekly export that gained or lost a column still gets its mapping back.
 */
export const SAVED_MAPPING_OFFER_SIMILARITY = 0.6;

export type DecodedSavedMapping =
  | { record: SavedMappingRecord; ok: true; mapping: SavedMapping }
  | { record: SavedMappingRecord; ok: false; error: string };

export function decodeSavedMapping(record: SavedMappingRecord): DecodedSavedMapping {
  const result = mappingFromJson(record.json);
  return result.ok
    ? { record, ok: true, mapping: result.mapping }
    : { record, ok: false, error: result.error };
}

export function savedMappingRecord(
  key: SavedMappingKey,
  mapping: SavedMapping,
  now: Date,
): SavedMappingRecord {
  return { ...key, savedAt: now.toISOString(), json: mappingToJson(mapping) };
}

export interface SavedMappingOffer {
  name: string;
  mapping: SavedMapping;
  /** How many of the saved mapping's columns the file has. */
  present: number;
}

/** The saved mapping that fits this header best, if one fits well enough to offer. */
export function bestSavedMappingFor(
  saved: readonly DecodedSavedMapping[],
  header: readonly string[],
): SavedMappingOffer | null {
  let best: SavedMappingOffer | null = null;
  let bestScore = SAVED_MAPPING_OFFER_SIMILARITY;
  for (const entry of saved) {
    if (!entry.ok) continue;
    const score = headerSimilarity(entry.mapping, header);
    // Ties go to the earlier entry: the list comes newest first.
    if (score < bestScore || (best && score === bestScore)) continue;
    bestScore = score;
    best = {
      name: entry.record.name,
      mapping: entry.mapping,
      present: Math.round(score * entry.mapping.columns.length),
    };
  }
  return best;
}
