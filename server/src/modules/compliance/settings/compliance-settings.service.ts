import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { LoadingCache } from '../../../common/cache/ttl-cache.js';
import { DEFAULT_DISCLAIMER_TEMPLATES, DISCLAIMER_CONTENT_TYPES, type DisclaimerOptions } from '../rules/disclaimers.js';
import { DEFAULT_FREQUENCY_POLICY, type FrequencyPolicy } from '../rules/frequency-budget.js';
import { ComplianceSetting } from './compliance-setting.entity.js';
import type { ComplianceSettingsDto, ComplianceSettingsUpdate } from './compliance-settings.dto.js';

export interface ComplianceSettings {
  frequency: FrequencyPolicy;
  disclaimers: DisclaimerOptions;
}

const FREQUENCY_KEY = 'frequency';
const DISCLAIMERS_KEY = 'disclaimers';

/**
 * How long other instances may keep deciding on the settings they read before a change: every gate decision (and
 * the sidebar's ranking runs one per item) needs them, and they change a few times a year.
 */
const SETTINGS_TTL_MS = 5_000;

/**
 * Frequency caps, quiet hours and disclaimer templates. Stored keys override the rule defaults. Read once per
 * SETTINGS_TTL_MS per instance; a change takes effect at once on the instance that saved it and within that time on
 * the others.
 */
@Injectable()
export class ComplianceSettingsService {
  constructor(
    @InjectRepository(ComplianceSetting) private readonly settings: Repository<ComplianceSetting>,
    private readonly audit: AuditService,
  ) {}

  private readonly cached = new LoadingCache<'settings', ComplianceSettings>(SETTINGS_TTL_MS, 1);

  current(): Promise<ComplianceSettings> {
    return this.cached.get('settings', () => this.load());
  }

  private async load(): Promise<ComplianceSettings> {
    const rows = await this.settings.find();
    const stored = new Map(rows.map((row) => [row.key, row.value]));
    const frequency = stored.get(FREQUENCY_KEY) as Partial<FrequencyPolicy> | undefined;
    const disclaimers = stored.get(DISCLAIMERS_KEY) as DisclaimerOptions | undefined;
    return {
      frequency: { ...DEFAULT_FREQUENCY_POLICY, ...frequency, cappedChannels: DEFAULT_FREQUENCY_POLICY.cappedChannels },
      disclaimers: { overrides: disclaimers?.overrides ?? {}, ...(disclaimers?.copyrightHolder ? { copyrightHolder: disclaimers.copyrightHolder } : {}) },
    };
  }

  async view(): Promise<ComplianceSettingsDto> {
    const { frequency, disclaimers } = await this.current();
    return {
      frequency: {
        caps: { ...frequency.caps },
        quietHours: frequency.quietHours ? { ...frequency.quietHours } : null,
        cappedChannels: [...frequency.cappedChannels],
        liveConversationExemptFromCaps: frequency.liveConversationExemptFromCaps,
        wecomMassQuota: frequency.wecomMassQuota,
      },
      disclaimers: {
        overrides: { ...(disclaimers.overrides ?? {}) } as Record<string, string>,
        copyrightHolder: disclaimers.copyrightHolder ?? null,
        defaults: { ...DEFAULT_DISCLAIMER_TEMPLATES },
        contentTypes: [...DISCLAIMER_CONTENT_TYPES],
      },
    };
  }

  async update(actor: Actor, input: ComplianceSettingsUpdate): Promise<ComplianceSettingsDto> {
    const before = await this.view();
    if (input.frequency) {
      const { caps, quietHours, liveConversationExemptFromCaps, wecomMassQuota } = input.frequency;
      const value: Omit<FrequencyPolicy, 'cappedChannels'> = {
        caps: { perDay: caps.perDay ?? null, perWeek: caps.perWeek ?? null, perMonth: caps.perMonth ?? null },
        quietHours: quietHours ? { start: quietHours.start, end: quietHours.end } : null,
        liveConversationExemptFromCaps,
        wecomMassQuota,
      };
      await this.settings.save({ key: FREQUENCY_KEY, value, updatedBy: actor.staffId });
    }
    if (input.disclaimers) {
      const overrides = Object.fromEntries(
        Object.entries(input.disclaimers.overrides).filter(([, text]) => typeof text === 'string' && text.trim().length > 0),
      );
      const value: DisclaimerOptions = { overrides, ...(input.disclaimers.copyrightHolder ? { copyrightHolder: input.disclaimers.copyrightHolder } : {}) };
      await this.settings.save({ key: DISCLAIMERS_KEY, value, updatedBy: actor.staffId });
    }
    this.cached.clear();
    const after = await this.view();
    await this.audit.record(actor, {
      action: 'compliance.settings.updated',
      targetType: 'compliance_settings',
      details: { before: { frequency: before.frequency, disclaimers: before.disclaimers.overrides }, after: { frequency: after.frequency, disclaimers: after.disclaimers.overrides } },
    });
    return after;
  }
}
