/**
 * Demo mode's answer to "which advisor, which chat": chosen on the picker page and kept in
 * sessionStorage so a reload lands in the same chat (WeCom's Mac client wipes localStorage; the real
 * sidebar never relies on it either).
 */
export type DemoChat =
  | { kind: 'contact'; externalUserId: string; name: string }
  | { kind: 'group'; chatId: string; name: string };

export interface DemoPick {
  userid: string;
  memberName: string;
  chat: DemoChat;
  /** The member's external contacts, what selectExternalContact offers. */
  contactIds: string[];
}

const PICK_KEY = 'vl.demo.pick';
/** Optional `{ [jsApiName]: 'fail no permission' | ... }` so browser tests can drive the failure screens. */
const FAULTS_KEY = 'vl.demo.bridgeFaults';

function isDemoChat(value: unknown): value is DemoChat {
  const chat = value as Partial<Record<string, unknown>> | null;
  if (!chat || typeof chat.name !== 'string') return false;
  if (chat.kind === 'contact') return typeof chat.externalUserId === 'string';
  if (chat.kind === 'group') return typeof chat.chatId === 'string';
  return false;
}

function isDemoPick(value: unknown): value is DemoPick {
  const pick = value as Partial<Record<string, unknown>> | null;
  return (
    !!pick &&
    typeof pick.userid === 'string' &&
    typeof pick.memberName === 'string' &&
    isDemoChat(pick.chat) &&
    Array.isArray(pick.contactIds) &&
    pick.contactIds.every((id) => typeof id === 'string')
  );
}

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

export function loadDemoPick(storage: Storage): DemoPick | null {
  const value = readJson(storage, PICK_KEY);
  return isDemoPick(value) ? value : null;
}

export function saveDemoPick(storage: Storage, pick: DemoPick): void {
  storage.setItem(PICK_KEY, JSON.stringify(pick));
}

export function clearDemoPick(storage: Storage): void {
  storage.removeItem(PICK_KEY);
}

export function loadBridgeFaults(storage: Storage): Record<string, string> {
  const value = readJson(storage, FAULTS_KEY);
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
