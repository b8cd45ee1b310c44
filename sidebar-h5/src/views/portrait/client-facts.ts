import type { ClientSummary } from '@/api/types';
import { zhCN } from '@/locales/zh-CN';

export type RiskAssessmentState = 'unassessed' | 'valid' | 'expired';

/** Suitability needs a current assessment: an expired one receives no product content (DESIGN §3). */
export function riskAssessmentState(client: Pick<ClientSummary, 'riskLevel' | 'riskExpiresAt'>, now: Date): RiskAssessmentState {
  if (!client.riskLevel) return 'unassessed';
  if (client.riskExpiresAt && new Date(client.riskExpiresAt).getTime() <= now.getTime()) return 'expired';
  return 'valid';
}

/** yyyy-MM-dd in the advisor's local time. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The server stores bands such as '30-39' and '60+' (demo generator); advisors read them with the unit. */
function ageBandLabel(ageBand: string | null): string | undefined {
  if (!ageBand) return undefined;
  const openEnded = /^(\d+)\+$/.exec(ageBand);
  if (openEnded) return `${openEnded[1]}岁以上`;
  return /\d$/.test(ageBand) ? `${ageBand}岁` : ageBand;
}

/** The short facts line under the name: 男 · 35-44岁 (whatever is known). */
export function demographicsLine(client: Pick<ClientSummary, 'gender' | 'ageBand'>): string {
  const parts = [client.gender ? zhCN.portrait.gender[client.gender] : undefined, ageBandLabel(client.ageBand)];
  return parts.filter((part): part is string => !!part).join(' · ');
}
