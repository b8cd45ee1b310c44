import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { startOfShanghaiMonth, startOfShanghaiWeek } from '../../compliance/rules/shanghai-time.js';
import { ComplianceSettingsService } from '../../compliance/settings/compliance-settings.service.js';
import { SendsHistorySource } from '../history/send-history.source.js';
import { AudienceResolver } from './audience.js';
import type { ContentVerdict } from './campaign-content.js';
import type { CampaignAudience } from './campaign.entities.js';
import { decideRecipient, type EligibilityRules, type RecipientDecision } from './eligibility.js';
import { RecipientFactsLoader } from './recipient-facts.loader.js';

export interface DecidedPage {
  decisions: RecipientDecision[];
  names: Map<number, string>;
}

/** Audience → per-client decisions, a page at a time (three indexed queries per 5,000 clients). */
@Injectable()
export class AudienceEvaluator {
  constructor(
    private readonly audience: AudienceResolver,
    private readonly facts: RecipientFactsLoader,
    private readonly history: SendsHistorySource,
    private readonly settings: ComplianceSettingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async rules(verdict: ContentVerdict, channel: 'mass' | 'share', onlyStaffId: number | null): Promise<EligibilityRules> {
    return {
      now: this.clock.now(),
      contentRisk: verdict.content.version.riskLevel,
      isProductContent: verdict.content.version.isProductRelated,
      policy: (await this.settings.current()).frequency,
      channel,
      onlyStaffId,
    };
  }

  async *pages(actor: Actor, audience: CampaignAudience, rules: EligibilityRules): AsyncGenerator<DecidedPage> {
    const now = rules.now;
    // The frequency windows reach back to the start of this week or this month, whichever is earlier.
    const since = new Date(Math.min(startOfShanghaiWeek(now).getTime(), startOfShanghaiMonth(now).getTime()));
    for await (const page of this.audience.pages(actor, audience)) {
      const [clients, follows, history] = await Promise.all([this.facts.clients(page), this.facts.follows(page), this.history.sendsToClients(page, since)]);
      yield {
        decisions: clients.map((client) => decideRecipient(client, follows.get(client.id) ?? [], history.get(client.id) ?? [], rules)),
        names: new Map(clients.map((client) => [client.id, client.name])),
      };
    }
  }
}
