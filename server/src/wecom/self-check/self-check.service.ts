import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CallbackEvent } from '../callback/callback-event.entity.js';
import { WECOM_API, type WecomApi, WecomApiError } from '../gateway/wecom-gateway.types.js';

export interface SelfCheckItem {
  key: string;
  label: string;
  ok: boolean;
  detail: string;
  hint?: string;
}

/** Hints per WeCom error code, from the field's most common set-up mistakes (WECOM.md §4.10, §5). */
const HINTS: Record<number, string> = {
  40001: 'Secret 不正确：请使用该自建应用的 Secret（不是通讯录或客户联系的 Secret）。',
  40013: 'CorpID 不正确：在「我的企业 → 企业信息」中查看企业ID。',
  48002: '应用无权限：在「客户与上下游 → 客户联系 → API」中把本应用加入「可调用接口的应用」。',
  60020: '服务器 IP 不在应用的「企业可信IP」中：请添加服务器出口 IP。',
};

/** The admin's WeCom configuration self-check: token, both tickets, callback keys and domain hints. */
@Injectable()
export class SelfCheckService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @InjectRepository(CallbackEvent) private readonly callbacks: Repository<CallbackEvent>,
  ) {}

  async run(): Promise<{ mode: 'simulator' | 'live'; checks: SelfCheckItem[] }> {
    const checks: SelfCheckItem[] = [
      await this.probe('access_token', '获取 access_token（CorpID + 应用 Secret）', () => this.wecom.getAccessToken()),
      await this.probe('corp_ticket', '企业 jsapi_ticket（wx.config 签名）', () => this.wecom.getCorpJsapiTicket()),
      await this.probe('agent_ticket', '应用 jsapi_ticket（agentConfig 签名，侧边栏接口必需）', () => this.wecom.getAgentJsapiTicket()),
      this.callbackKeys(),
      await this.callbackSeen(),
      this.trustedDomain(),
      {
        key: 'toolbar_page',
        label: '聊天工具栏页面',
        ok: true,
        detail: `${this.config.publicBaseUrl}/sidebar/`,
        hint: '在「应用 → 配置到聊天工具栏」中添加此页面；修改后需重启企业微信客户端。',
      },
    ];
    return { mode: this.config.wecom.simulator ? 'simulator' : 'live', checks };
  }

  private async probe(key: string, label: string, call: () => Promise<string>): Promise<SelfCheckItem> {
    try {
      await call();
      return { key, label, ok: true, detail: '正常' };
    } catch (error) {
      const code = error instanceof WecomApiError ? error.errcode : undefined;
      return {
        key,
        label,
        ok: false,
        detail: code === undefined ? `无法连接企业微信：${(error as Error).message.slice(0, 120)}` : `错误码 ${code}`,
        hint: code === undefined ? '检查服务器能否访问 qyapi.weixin.qq.com（或 WECOM_API_BASE）。' : HINTS[code],
      };
    }
  }

  private callbackKeys(): SelfCheckItem {
    const ok = this.config.wecom.callbackToken.length > 0 && this.config.wecom.callbackAesKey.length === 43;
    return {
      key: 'callback_keys',
      label: '回调 Token 与 EncodingAESKey',
      ok,
      detail: ok ? '已配置' : '缺失或长度不正确',
      hint: `回调地址：${this.config.publicBaseUrl}/api/wecom/callback，并勾选「外部联系人变更回调」。`,
    };
  }

  private async callbackSeen(): Promise<SelfCheckItem> {
    const last = await this.callbacks.find({ order: { id: 'DESC' }, take: 1 });
    const at = last[0]?.createdAt;
    if (!at && this.config.wecom.simulator) {
      return { key: 'callback_received', label: '最近收到的回调事件', ok: true, detail: '演示模式：回调由内置模拟器加密推送，尚无事件' };
    }
    return {
      key: 'callback_received',
      label: '最近收到的回调事件',
      ok: Boolean(at),
      detail: at ? at.toISOString() : '尚未收到回调',
      hint: at ? undefined : '在企业微信后台保存回调配置时会发起 URL 验证；之后添加一个客户即可看到事件。',
    };
  }

  private trustedDomain(): SelfCheckItem {
    const url = new URL(this.config.publicBaseUrl);
    const ok = url.protocol === 'https:' || this.config.wecom.simulator;
    return {
      key: 'trusted_domain',
      label: '可信域名（网页授权及 JS-SDK）',
      ok,
      detail: url.host,
      hint: '在应用的「网页授权及JS-SDK」中设置可信域名（需与 PUBLIC_BASE_URL 完全一致，含端口），并把校验文件放在域名根目录。',
    };
  }
}
