import { ARCHETYPE_LABELS_ZH, type Archetype } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';
import { formatDateTime } from '@/utils/format';

const DATE_FIELDS = new Set(['validFrom', 'validUntil']);
const labels = zhCN.labels as unknown as Record<string, Record<string, string>>;
const VOCABULARY_OF: Record<string, string> = {
  framing: 'narrative',
  lifecycleStages: 'lifecycle',
  disclaimerType: 'disclaimerType',
};

/** A field value from a version diff, in words: dates formatted, vocabularies translated, lists joined. */
export function formatDiffValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return zhCN.content.diff.empty;
  }
  if (DATE_FIELDS.has(field) && typeof value === 'string') return formatDateTime(value);
  if (typeof value === 'boolean') return value ? zhCN.common.yes : zhCN.common.no;
  if (field === 'targetArchetypes' && Array.isArray(value)) {
    return value.map((item) => ARCHETYPE_LABELS_ZH[item as Archetype] ?? String(item)).join('、');
  }
  const vocabulary = VOCABULARY_OF[field];
  const translate = (item: unknown) => (vocabulary ? (labels[vocabulary]?.[String(item)] ?? String(item)) : String(item));
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : translate(item))).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return translate(value);
}

export function fieldLabel(field: string): string {
  return zhCN.content.fieldNames[field] ?? field;
}
