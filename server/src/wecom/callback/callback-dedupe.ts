/**
 * WeCom retries an unanswered callback 3 times: MsgId identifies messages; events are identified by
 * FromUserName + CreateTime plus the fields that tell two events of the same second apart.
 */
export function dedupeKey(fields: Record<string, string>): string {
  if (fields.MsgId) return `msg:${fields.MsgId}`;
  return ['evt', fields.FromUserName, fields.CreateTime, fields.Event, fields.ChangeType, fields.UserID, fields.ExternalUserID, fields.ChatId]
    .map((v) => v ?? '')
    .join(':')
    .slice(0, 191);
}
