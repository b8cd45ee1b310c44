import { zhCN } from '@/locales/zh-CN';
import type { BootFailureKind } from '@/wecom/boot-types';

export interface FailureCopy {
  title: string;
  description: string;
  checklist: readonly string[];
  image: 'default' | 'error' | 'network' | 'search';
  /** `relogin` starts WeCom OAuth again; `retry` re-runs the boot flow. */
  action: 'retry' | 'relogin';
}

const copy = zhCN.bootErrors;

export function failureCopy(kind: BootFailureKind): FailureCopy {
  const plain = { checklist: [], action: 'retry' } as const;
  switch (kind) {
    case 'outside-chat':
      return { ...copy.outsideChat, ...plain, image: 'search' };
    case 'outside-wecom':
      return { ...copy.outsideWecom, ...plain, image: 'search' };
    case 'no-permission':
      return { ...copy.noPermission, image: 'error', action: 'retry' };
    case 'signature':
      return { ...copy.signature, image: 'error', action: 'retry' };
    case 'sdk':
      return { ...copy.sdk, ...plain, image: 'error' };
    case 'network':
      return { ...copy.network, ...plain, image: 'network' };
    case 'server':
      return { ...copy.server, ...plain, image: 'error' };
    case 'not-member':
      return { ...copy.notMember, ...plain, image: 'default' };
    case 'auth':
      return { title: copy.auth.title, description: copy.auth.description, checklist: [], image: 'error', action: 'relogin' };
  }
}
