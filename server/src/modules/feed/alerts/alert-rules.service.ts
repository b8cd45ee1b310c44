import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { validationFailed } from '../../../common/errors/app-error.js';
import { ALERT_RULE_DEFINITIONS, ALERT_RULE_KEYS, type AlertRuleKey, defaultParams, validateParams } from './alert-rule-definitions.js';
import { AlertRule } from './alert-rule.entity.js';
import type { AlertRuleDto, AlertRulesUpdateInput } from './alerts.dto.js';

export interface EffectiveRule {
  key: AlertRuleKey;
  params: Record<string, number>;
  cooldownHours: number;
}

/** HQ's alert rules: stored rows over the defaults, read fresh per evaluation (four rows). */
@Injectable()
export class AlertRulesService {
  constructor(
    @InjectRepository(AlertRule) private readonly rules: Repository<AlertRule>,
    private readonly audit: AuditService,
  ) {}

  async enabled(only?: readonly AlertRuleKey[]): Promise<EffectiveRule[]> {
    const stored = new Map((await this.rules.find()).map((row) => [row.key, row]));
    return ALERT_RULE_KEYS.filter((key) => !only || only.includes(key))
      .map((key) => ({ key, row: stored.get(key) }))
      .filter(({ row }) => row?.enabled ?? true)
      .map(({ key, row }) => ({
        key,
        params: { ...defaultParams(key), ...(row?.params ?? {}) },
        cooldownHours: row?.cooldownHours ?? ALERT_RULE_DEFINITIONS[key].cooldownHours,
      }));
  }

  async list(): Promise<AlertRuleDto[]> {
    const stored = new Map((await this.rules.find()).map((row) => [row.key, row]));
    return ALERT_RULE_KEYS.map((key) => {
      const definition = ALERT_RULE_DEFINITIONS[key];
      const row = stored.get(key);
      return {
        key,
        labelZh: definition.labelZh,
        descriptionZh: definition.descriptionZh,
        enabled: row?.enabled ?? true,
        params: { ...defaultParams(key), ...(row?.params ?? {}) },
        paramSpecs: Object.entries(definition.params).map(([name, spec]) => ({ name, labelZh: spec.labelZh, min: spec.min, max: spec.max, defaultValue: spec.default })),
        cooldownHours: row?.cooldownHours ?? definition.cooldownHours,
        updatedAt: row?.updatedAt ? row.updatedAt.toISOString() : null,
      };
    });
  }

  async update(actor: Actor, input: AlertRulesUpdateInput): Promise<AlertRuleDto[]> {
    const current = new Map((await this.list()).map((rule) => [rule.key, rule]));
    const errors: string[] = [];
    const rows: Partial<AlertRule>[] = [];
    const seen = new Set<string>();
    for (const change of input.rules) {
      if (seen.has(change.key)) errors.push(`规则 ${change.key} 重复`);
      seen.add(change.key);
      const before = current.get(change.key)!;
      const checked = validateParams(change.key, { ...before.params, ...(change.params ?? {}) });
      if (!checked.ok) {
        errors.push(...checked.errors);
        continue;
      }
      rows.push({ key: change.key, enabled: change.enabled ?? before.enabled, params: checked.params, cooldownHours: change.cooldownHours ?? before.cooldownHours, updatedBy: actor.staffId });
    }
    if (errors.length > 0) throw validationFailed(errors.map((error) => ({ field: 'rules', errors: [error] })), '提醒规则参数不正确');
    await this.rules.save(rows);
    await this.audit.record(actor, { action: 'alert_rules.updated', targetType: 'alert_rules', targetId: rows.map((row) => row.key).join(','), details: { rules: rows } });
    return this.list();
  }
}
