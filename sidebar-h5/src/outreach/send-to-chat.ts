import { ApiError } from '@/api/api-error';
import type { ChatMessageDto, PreparedSendDto, PrepareSendInput } from '@/api/outreach-types';
import { confirmSend, failSend, prepareSend } from '@/api/sends';
import { zhCN } from '@/locales/zh-CN';
import { loadWecomSdk } from '@/wecom/jssdk-loader';
import { blockedOutcomeOf, errMsgOf, isCancellation, type SendOutcome } from './send-outcome';

export interface SendToChatDeps {
  prepare(input: PrepareSendInput): Promise<PreparedSendDto>;
  confirm(sendId: number): Promise<unknown>;
  fail(sendId: number, errMsg: string): Promise<unknown>;
  sendChatMessage(message: ChatMessageDto): Promise<unknown>;
}

/** The outcome is shown in the send sheet, so these requests never toast on their own. */
const QUIET = { toast: false } as const;

export const browserSendDeps: SendToChatDeps = {
  prepare: (input) => prepareSend(input, QUIET),
  confirm: (sendId) => confirmSend(sendId, QUIET),
  fail: (sendId, errMsg) => failSend(sendId, errMsg, QUIET),
  // The same SDK instance the boot registered (jssdk-loader caches it), so agentConfig covers this call.
  sendChatMessage: async (message) => (await loadWecomSdk()).sendChatMessage(message),
};

async function confirmWithOneRetry(deps: SendToChatDeps, sendId: number): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await deps.confirm(sendId);
      return true;
    } catch {
      // One retry: the message is already in the chat, only the record is missing.
    }
  }
  return false;
}

/**
 * One-click send (DESIGN §4 data flow 2): the server gates the content and returns the exact message with
 * its tracked link → ww.sendChatMessage puts it into the current chat → the send is confirmed, or closed
 * as failed with WeCom's errMsg so the audit chain never holds a send that did not happen.
 */
export async function sendToChat(input: PrepareSendInput, deps: SendToChatDeps = browserSendDeps): Promise<SendOutcome> {
  let prepared: PreparedSendDto;
  try {
    prepared = await deps.prepare(input);
  } catch (error) {
    const blocked = blockedOutcomeOf(error);
    if (blocked) return blocked;
    return { status: 'failed', messageZh: error instanceof ApiError ? error.messageZh : zhCN.common.networkError };
  }

  try {
    await deps.sendChatMessage(prepared.message);
  } catch (error) {
    const errMsg = errMsgOf(error);
    await deps.fail(prepared.sendId, errMsg).catch(() => undefined);
    if (isCancellation(errMsg)) return { status: 'cancelled', sendId: prepared.sendId };
    return { status: 'failed', messageZh: zhCN.send.wecomRejected(errMsg), sendId: prepared.sendId };
  }

  if (!(await confirmWithOneRetry(deps, prepared.sendId))) {
    return { status: 'failed', messageZh: zhCN.send.recordFailed, sendId: prepared.sendId };
  }
  return { status: 'sent', sendId: prepared.sendId, ...(prepared.trackedUrl ? { trackedUrl: prepared.trackedUrl } : {}) };
}
