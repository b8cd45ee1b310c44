import { ApiError } from '@/api/api-error';
import type { BootFailure } from './boot-types';

/** No answer from the client bridge within the time limit (a client that never injects the bridge). */
export class SdkTimeoutError extends Error {
  override readonly name = 'SdkTimeoutError';
  constructor(readonly api: string) {
    super(`${api}: no answer from the WeCom client`);
  }
}

/** @wecom/jssdk rejects with `{errMsg, errCode}` (dist/wecom.js `invoke`). */
interface SdkRejection {
  errMsg: string;
  errCode?: number | string;
}

function isSdkRejection(error: unknown): error is SdkRejection {
  return !!error && typeof error === 'object' && typeof (error as { errMsg?: unknown }).errMsg === 'string';
}

/**
 * @wecom/jssdk's `register()` starts config/agentConfig and drops that promise (dist/wecom.js `register`),
 * so a rejected signature also surfaces as an unhandled rejection. The boot flow already reports the same
 * failure through getContext; this tells the two apart from real unhandled errors.
 */
export function isSdkConfigRejection(reason: unknown): boolean {
  return isSdkRejection(reason) && /^(agentConfig|config|preVerifyJSAPI):/.test(reason.errMsg);
}

function fromApiError(error: ApiError): BootFailure {
  const base = { detail: error.code, requestId: error.requestId };
  if (error.kind !== 'http') return { kind: 'network', ...base };
  switch (error.code) {
    case 'WECOM_NOT_A_MEMBER':
      return { kind: 'not-member', ...base };
    case 'WECOM_OAUTH_CODE_INVALID':
      return { kind: 'auth', ...base };
    case 'JSSDK_URL_INVALID':
      return { kind: 'signature', ...base };
    default:
      return { kind: 'server', ...base };
  }
}

/** Keywords as the SDK normalises them (`formatErrMsg`), plus the WeCom error code for a bad ticket. */
function fromSdkRejection(error: SdkRejection): BootFailure {
  const detail = `${error.errMsg}${error.errCode !== undefined ? ` (${error.errCode})` : ''}`;
  const message = error.errMsg.toLowerCase();
  if (/no permission|permission denied/.test(message)) return { kind: 'no-permission', detail };
  // 40093 不合法的jsapi_ticket参数 also surfaces as "agentConfig:invalid signature" (WECOM.md §4.10).
  if (message.includes('invalid signature') || Number(error.errCode) === 40093) return { kind: 'signature', detail };
  if (message.includes('without context')) return { kind: 'outside-chat', detail };
  return { kind: 'sdk', detail };
}

export function classifyBootError(error: unknown): BootFailure {
  if (error instanceof ApiError) return fromApiError(error);
  if (error instanceof SdkTimeoutError) return { kind: 'sdk', detail: error.message };
  if (isSdkRejection(error)) return fromSdkRejection(error);
  return { kind: 'sdk', detail: error instanceof Error ? error.message : String(error) };
}
