import { Inject, Injectable, Optional } from '@nestjs/common';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { SendableContentService, type SendableCandidate } from '../../library/send/sendable-content.service.js';
import type { AlertFinding } from './rules/alert-facts.js';

const CACHE_MS = 60_000;

/**
 * A script to suggest with an alert: a sendable (approved, in-window) script whose narrative matches the
 * rule's framing, else one whose title or tags contain a keyword; null when the library has none.
 */
@Injectable()
export class ScriptSuggester {
  private cache: { at: number; candidates: SendableCandidate[] } | null = null;

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(SendableContentService) private readonly library: SendableContentService | null = null,
  ) {}

  async suggest(hint: AlertFinding['scriptHint']): Promise<{ id: number; title: string } | null> {
    const candidates = await this.candidates();
    const byFraming = hint.framing ? candidates.find((c) => c.version.framing === hint.framing) : undefined;
    const byKeyword = byFraming ?? candidates.find((c) => hint.keywords.some((keyword) => c.version.title.includes(keyword) || (c.version.tags ?? []).includes(keyword)));
    return byKeyword ? { id: byKeyword.item.id, title: byKeyword.version.title } : null;
  }

  private async candidates(): Promise<SendableCandidate[]> {
    if (!this.library) return [];
    const now = this.clock.now().getTime();
    if (!this.cache || now - this.cache.at > CACHE_MS) this.cache = { at: now, candidates: await this.library.sendableCandidates('script') };
    return this.cache.candidates;
  }
}
