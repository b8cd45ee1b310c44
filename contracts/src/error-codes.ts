/**
 * Stable error codes shared by the server and both apps. The server answers every failure as
 * `{ code, message, details?, requestId }`; the apps map `code` to the Chinese text below.
 * A code, once published, keeps its meaning: add new ones, never repurpose.
 */
export const ERROR_CODES = {
  // generic
  VALIDATION_FAILED: { status: 400, zh: '请求参数不正确' },
  MALFORMED_REQUEST: { status: 400, zh: '请求格式错误' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录' },
  SESSION_EXPIRED: { status: 401, zh: '登录已过期，请重新登录' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误' },
  ACCOUNT_LOCKED: { status: 423, zh: '登录失败次数过多，账号已临时锁定' },
  API_KEY_INVALID: { status: 401, zh: 'API Key 无效' },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作' },
  NOT_FOUND: { status: 404, zh: '资源不存在' },
  CONFLICT: { status: 409, zh: '数据已被修改，请刷新后重试' },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '请求内容过大' },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试' },
  INTERNAL_ERROR: { status: 500, zh: '系统繁忙，请稍后再试' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用' },
  // wecom
  WECOM_API_ERROR: { status: 502, zh: '企业微信接口调用失败' },
  WECOM_OAUTH_CODE_INVALID: { status: 401, zh: '企业微信授权码无效或已过期，请重新进入' },
  WECOM_NOT_A_MEMBER: { status: 403, zh: '当前企业微信账号未开通价值透镜' },
  WECOM_CALLBACK_SIGNATURE_INVALID: { status: 401, zh: '回调签名校验失败' },
  WECOM_CALLBACK_CORP_MISMATCH: { status: 401, zh: '回调企业ID不匹配' },
  WECOM_CALLBACK_STALE: { status: 401, zh: '回调时间戳已过期' },
  WECOM_CALLBACK_DECRYPT_FAILED: { status: 400, zh: '回调解密失败' },
  JSSDK_URL_INVALID: { status: 400, zh: '签名页面地址不合法' },
  SIMULATOR_ONLY: { status: 404, zh: '仅在模拟器模式下可用' },
  // compliance and outreach (used by later features; kept here so codes stay in one list)
  CONTENT_NOT_APPROVED: { status: 409, zh: '内容未通过合规审批，不能发送' },
  CONTENT_EXPIRED: { status: 409, zh: '内容已过有效期或已下架' },
  SUITABILITY_MISMATCH: { status: 409, zh: '客户风险等级与内容不匹配（适当性）' },
  SUITABILITY_ASSESSMENT_EXPIRED: { status: 409, zh: '客户风险测评已过期，不能发送产品类内容' },
  FREQUENCY_CAP: { status: 409, zh: '已达到对该客户的发送频次上限' },
  QUIET_HOURS: { status: 409, zh: '当前处于免打扰时段' },
  SCREENING_BLOCKED: { status: 422, zh: '内容包含禁用表述，请修改后再发送' },
  SELF_APPROVAL_FORBIDDEN: { status: 409, zh: '提交人不能审批自己的内容' },
  INVALID_STATE: { status: 409, zh: '当前状态不允许此操作' },
  IMPORT_FAILED: { status: 400, zh: '导入失败' },
} as const satisfies Record<string, { status: number; zh: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
  requestId: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}

/** The Chinese message an app shows for a code; unknown codes fall back to the generic one. */
export function errorMessageZh(code: string): string {
  return isErrorCode(code) ? ERROR_CODES[code].zh : ERROR_CODES.INTERNAL_ERROR.zh;
}
