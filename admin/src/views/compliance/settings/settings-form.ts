import type { ComplianceSettings, ComplianceSettingsUpdate, WecomMassQuotaRule } from '@/api/compliance.types';

export interface SettingsForm {
  perDay: number | null;
  perWeek: number | null;
  perMonth: number | null;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  liveConversationExemptFromCaps: boolean;
  wecomMassQuota: WecomMassQuotaRule;
  copyrightHolder: string;
  /** Per content type; an empty text means "use the default template". */
  overrides: Record<string, string>;
}

const DEFAULT_QUIET = { start: '22:00', end: '08:00' };

export function settingsFormFrom(settings: ComplianceSettings): SettingsForm {
  const { frequency, disclaimers } = settings;
  return {
    perDay: frequency.caps.perDay,
    perWeek: frequency.caps.perWeek,
    perMonth: frequency.caps.perMonth,
    quietEnabled: frequency.quietHours !== null,
    quietStart: frequency.quietHours?.start ?? DEFAULT_QUIET.start,
    quietEnd: frequency.quietHours?.end ?? DEFAULT_QUIET.end,
    liveConversationExemptFromCaps: frequency.liveConversationExemptFromCaps,
    wecomMassQuota: frequency.wecomMassQuota,
    copyrightHolder: disclaimers.copyrightHolder ?? '',
    overrides: Object.fromEntries(disclaimers.contentTypes.map((type) => [type, disclaimers.overrides[type] ?? ''])),
  };
}

/** The PUT body: blank overrides are left out so the default template applies. */
export function settingsUpdateFrom(form: SettingsForm): ComplianceSettingsUpdate {
  return {
    frequency: {
      caps: { perDay: form.perDay, perWeek: form.perWeek, perMonth: form.perMonth },
      quietHours: form.quietEnabled ? { start: form.quietStart, end: form.quietEnd } : null,
      liveConversationExemptFromCaps: form.liveConversationExemptFromCaps,
      wecomMassQuota: form.wecomMassQuota,
    },
    disclaimers: {
      overrides: Object.fromEntries(Object.entries(form.overrides).filter(([, text]) => text.trim() !== '').map(([type, text]) => [type, text.trim()])),
      copyrightHolder: form.copyrightHolder.trim() || null,
    },
  };
}
