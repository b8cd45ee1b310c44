import { computePortrait } from '../engine/compute-portrait.js';
import type { RuleSet } from '../engine/rules.js';
import { assembleInputs, type RawInputRows } from '../loading/assemble-inputs.js';
import { portraitMonth } from '../loading/portrait-input.loader.js';
import { computedTags } from './computed-tags.js';
import { toPortraitRows } from './portrait-row.js';
import type { ComputedClient } from './portrait.store.js';

/**
 * Everything CPU-bound about a batch, from raw rows to the rows to store: grouping, the engine, the sidebar's view
 * of each portrait (compressed JSON) and the computed tags. Pure, so it runs the same inline or in a worker thread.
 */
export function computeBatch(raw: RawInputRows, rules: RuleSet): ComputedClient[] {
  const loaded = assembleInputs(raw);
  const month = portraitMonth(raw.asOf);
  return loaded.inputs.map((input) => {
    const clientId = Number(input.clientId);
    const portrait = computePortrait(input, rules);
    const snapshots = loaded.snapshots.get(clientId) ?? [];
    // The month's first computation also writes its snapshot (the trajectory shows it from then on).
    const snapshotMonth = snapshots.some((s) => s.month === month) ? null : month;
    return { ...toPortraitRows(clientId, portrait, snapshots, snapshotMonth), tags: computedTags(portrait, rules), snapshotMonth };
  });
}
