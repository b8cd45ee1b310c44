import type { AlertDto } from '@/api/feed-types';

/** Icon and tone per feed item type (server feed/feed-item.entity.ts FEED_ITEM_TYPES). */
const FEED_ICONS: Record<string, { icon: string; tone: 'read' | 'intent' | 'money' | 'risk' | 'relation' | 'own' }> = {
  content_read: { icon: 'eye-o', tone: 'read' },
  content_forward: { icon: 'share-o', tone: 'read' },
  watchlist_add: { icon: 'star-o', tone: 'intent' },
  product_view: { icon: 'chart-trending-o', tone: 'intent' },
  purchase: { icon: 'cart-o', tone: 'money' },
  redemption: { icon: 'cash-back-record', tone: 'risk' },
  cash_in: { icon: 'gold-coin-o', tone: 'money' },
  cash_out: { icon: 'balance-o', tone: 'risk' },
  complaint: { icon: 'warn-o', tone: 'risk' },
  client_added: { icon: 'add-o', tone: 'relation' },
  client_deleted: { icon: 'delete-o', tone: 'risk' },
  advisor_deleted: { icon: 'delete-o', tone: 'relation' },
  send: { icon: 'guide-o', tone: 'own' },
  follow_up: { icon: 'records-o', tone: 'own' },
};

export function feedIcon(type: string): { icon: string; tone: string } {
  return FEED_ICONS[type] ?? { icon: 'clock-o', tone: 'own' };
}

/** Alert rule → tag colour: risks in red/orange, opportunities in green, shifts in blue. */
export function alertTone(ruleKey: AlertDto['ruleKey']): 'danger' | 'warning' | 'success' | 'primary' {
  if (ruleKey === 'churn_risk') return 'danger';
  if (ruleKey === 'anxiety') return 'warning';
  if (ruleKey === 'high_intent') return 'success';
  return 'primary';
}
