import type { ClientNameRow } from '../feed/feed.repository.js';
import { ALERT_RULE_DEFINITIONS } from './alert-rule-definitions.js';
import type { Alert } from './alert.entity.js';
import type { AlertDto } from './alerts.dto.js';

export function toAlertDto(alert: Alert, names: ReadonlyMap<number, ClientNameRow>): AlertDto {
  return {
    id: alert.id,
    clientId: alert.clientId,
    clientName: names.get(alert.clientId)?.name ?? '',
    staffId: alert.staffId,
    ruleKey: alert.ruleKey,
    ruleLabelZh: ALERT_RULE_DEFINITIONS[alert.ruleKey]?.labelZh ?? alert.ruleKey,
    status: alert.status,
    evidence: alert.evidence,
    suggestionZh: alert.suggestionZh,
    suggestedScript: alert.scriptId !== null ? { id: alert.scriptId, title: alert.scriptTitle ?? '' } : null,
    createdAt: alert.createdAt.toISOString(),
    seenAt: alert.seenAt?.toISOString() ?? null,
    handledAt: alert.handledAt?.toISOString() ?? null,
    handledNote: alert.handledNote,
  };
}
