import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, validationFailed } from '../../../common/errors/app-error.js';
import { logger } from '../../../common/logging/logger.js';
import { DEFAULT_RULES } from '../engine/default-rules.js';
import type { RuleSet } from '../engine/rules.js';
import { PortraitRuleSet } from '../entities/rule-set.entity.js';
import { isUniqueViolation } from '../../../database/sql-values.js';
import { validateRuleSet } from './rule-set-shape.js';
import { withDefaults } from './with-defaults.js';

export interface ActiveRules {
  version: string;
  rules: RuleSet;
}

const FIRST_VERSION = 'v1';
const CHANGELOG_LIMIT = 50;

/**
 * The portrait rules as data (DESIGN §2: thresholds and weights live in the database, editable by HQ). Every save is
 * a new version row and becomes the active one; the engine stamps the version on every portrait it computes.
 */
@Injectable()
export class RulesService implements OnApplicationBootstrap {
  private seeding: Promise<void> | null = null;

  constructor(
    @InjectRepository(PortraitRuleSet) private readonly ruleSets: Repository<PortraitRuleSet>,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Seeds at start when the schema is already there; otherwise the first read seeds (tests migrate after init). */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.ensureSeeded();
    } catch (error) {
      this.seeding = null;
      logger.debug('portrait rules not seeded at start (schema not migrated yet)', { error: (error as Error).message });
    }
  }

  async active(): Promise<ActiveRules> {
    let row = await this.ruleSets.findOneBy({ active: true });
    if (!row) {
      await this.ensureSeeded();
      row = await this.ruleSets.findOneBy({ active: true });
    }
    if (!row) throw new Error('no active portrait rule set');
    return { version: row.version, rules: { ...withDefaults(row.rules, DEFAULT_RULES), version: row.version } };
  }

  changelog(): Promise<PortraitRuleSet[]> {
    return this.ruleSets.find({ order: { id: 'DESC' }, take: CHANGELOG_LIMIT });
  }

  /** Validates strictly, stores a new version and activates it in one transaction; audit-logged. */
  async update(actor: Actor, rules: unknown, changeNote: string): Promise<ActiveRules> {
    const issues = validateRuleSet(rules);
    if (issues.length > 0) throw validationFailed(issues, '规则格式不正确');
    await this.active();
    const saved = await this.ruleSets.manager.transaction(async (m) => {
      const repo = m.getRepository(PortraitRuleSet);
      const last = await repo.createQueryBuilder('r').select('MAX(r.id)', 'max').getRawOne<{ max: number | string | null }>();
      const version = `v${Number(last?.max ?? 0) + 1}`;
      await repo.createQueryBuilder().update(PortraitRuleSet).set({ active: false }).where('active = :on', { on: true }).execute();
      try {
        return await repo.save(
          repo.create({ version, rules: { ...(rules as RuleSet), version }, active: true, changeNote, createdBy: actor.staffId, createdAt: this.clock.now() }),
        );
      } catch (error) {
        // Two saves raced for the same version number: the unique index kept one, this one must retry.
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', '规则刚被他人修改，请刷新后重试');
        throw error;
      }
    });
    await this.audit.record(actor, {
      action: 'portrait.rules.update',
      targetType: 'portrait_rule_set',
      targetId: saved.version,
      details: { changeNote },
    });
    return { version: saved.version, rules: saved.rules };
  }

  private ensureSeeded(): Promise<void> {
    this.seeding ??= this.seed();
    return this.seeding;
  }

  private async seed(): Promise<void> {
    if ((await this.ruleSets.count()) > 0) return;
    await this.ruleSets
      .createQueryBuilder()
      .insert()
      .into(PortraitRuleSet)
      .values({
        version: FIRST_VERSION,
        rules: { ...DEFAULT_RULES, version: FIRST_VERSION },
        active: true,
        changeNote: `出厂默认规则（${DEFAULT_RULES.version}）`,
        createdBy: null,
      })
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}
