import { ARCHETYPES, ARCHETYPE_LABELS_ZH, CLIENT_RISK_LEVELS } from '@valuelens/contracts';
import type { FilterOp } from '@/api/audience.types';
import { LIFECYCLE_STAGES } from '@/api/library.types';
import { zhCN } from '@/locales/zh-CN';

/** A field the builder offers, mirroring the server's whitelist (segments/filter/filter-fields.ts). */
export interface SegmentField {
  key: string;
  label: string;
  kind: 'enum' | 'number';
  options?: { value: string; label: string }[];
  ops: readonly FilterOp[];
  min?: number;
  max?: number;
  step?: number;
}

const labels = zhCN.labels;
const fieldNames = zhCN.audience.segments.fields;
const ENUM_OPS: readonly FilterOp[] = ['in', 'eq', 'ne'];
const NUMBER_OPS: readonly FilterOp[] = ['gte', 'lte', 'between', 'gt', 'lt', 'eq'];
const AGE_BANDS = ['18-29', '30-39', '40-49', '50-59', '60+'];
const TRAITS = ['loss_aversion', 'overconfidence', 'herding', 'mental_accounting', 'framing_sensitivity', 'instant_gratification', 'social_proof', 'anxiety'];

const enumField = (key: string, options: { value: string; label: string }[]): SegmentField => ({
  key,
  label: fieldNames[key] ?? key,
  kind: 'enum',
  options,
  ops: ENUM_OPS,
});

export const SEGMENT_FIELDS: readonly SegmentField[] = [
  enumField('riskLevel', CLIENT_RISK_LEVELS.map((level) => ({ value: level, label: level }))),
  enumField('topArchetype', ARCHETYPES.map((archetype) => ({ value: archetype, label: ARCHETYPE_LABELS_ZH[archetype] }))),
  enumField('lifecycle', LIFECYCLE_STAGES.map((stage) => ({ value: stage, label: labels.lifecycle[stage] }))),
  enumField('valueGroup', Object.entries(labels.valueGroup).map(([value, label]) => ({ value, label }))),
  enumField('gender', Object.entries(labels.gender).map(([value, label]) => ({ value, label }))),
  enumField('ageBand', AGE_BANDS.map((band) => ({ value: band, label: band }))),
  { key: 'anxiety', label: fieldNames['anxiety'] ?? 'anxiety', kind: 'number', ops: NUMBER_OPS, min: 0, max: 100, step: 5 },
  { key: 'aum', label: fieldNames['aum'] ?? 'aum', kind: 'number', ops: NUMBER_OPS, min: 0, step: 10_000 },
  ...TRAITS.map<SegmentField>((trait) => ({
    key: `trait.${trait}`,
    label: `${fieldNames['trait']}·${labels.trait[trait] ?? trait}`,
    kind: 'number',
    ops: NUMBER_OPS,
    min: 0,
    max: 100,
    step: 5,
  })),
  ...ARCHETYPES.map<SegmentField>((archetype) => ({
    key: `archetypeWeight.${archetype}`,
    label: `${fieldNames['archetypeWeight']}·${ARCHETYPE_LABELS_ZH[archetype]}`,
    kind: 'number',
    ops: NUMBER_OPS,
    min: 0,
    max: 1,
    step: 0.05,
  })),
];

export function segmentField(key: string): SegmentField | undefined {
  return SEGMENT_FIELDS.find((field) => field.key === key);
}
