/**
 * Error codes the simulator answers with. Official meanings from WECOM.md §4.10; the ones marked
 * "simulator choice" stand in where WeCom's exact code is not documented in our reference.
 */
export const SIM_ERRCODE = {
  SYSTEM_BUSY: -1,
  INVALID_SECRET: 40001,
  INVALID_CORP_ID: 40013,
  INVALID_ACCESS_TOKEN: 40014,
  INVALID_OAUTH_CODE: 40029,
  INVALID_AGENT_ID: 40056,
  INVALID_PARAMETER: 40058,
  INVALID_EXTERNAL_USERID: 40096,
  MISSING_ACCESS_TOKEN: 41001,
  ACCESS_TOKEN_EXPIRED: 42001,
  /** Body is not valid JSON ("解析JSON/XML内容错误"). */
  MALFORMED_BODY: 47001,
  /** Simulator choice: an endpoint the simulator does not implement. */
  UNSUPPORTED_API: 48001,
  /** "UserID不存在". */
  USERID_NOT_FOUND: 60111,
  GROUPCHAT_OWNER_FILTER_REQUIRED: 81017,
  NO_EXTERNAL_CONTACT: 84061,
} as const;

export class SimulatedWecomError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`${errcode} ${errmsg}`);
  }
}

export function wecomFail(errcode: number, errmsg: string): never {
  throw new SimulatedWecomError(errcode, errmsg);
}

/** "不合法的参数" with a message saying which rule was broken. */
export function invalidParameter(errmsg: string): never {
  throw new SimulatedWecomError(SIM_ERRCODE.INVALID_PARAMETER, errmsg);
}
