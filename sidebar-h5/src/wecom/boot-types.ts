import type { Me } from '@/api/types';

/** Which chat the sidebar was opened in (getContext → getCurExternalContact / getCurExternalChat). */
export type ChatContext = { kind: 'contact'; externalUserId: string } | { kind: 'group'; chatId: string };

export type BootStep = 'environment' | 'session' | 'jssdk' | 'context';

export type BootFailureKind =
  | 'outside-chat' // opened from the workbench or a normal chat, not the customer chat toolbar
  | 'outside-wecom' // a plain browser without the simulator
  | 'no-permission' // app not in 客户联系可调用应用, or member lacks 客户联系
  | 'signature' // config/agentConfig rejected (invalid signature, 40093)
  | 'sdk' // any other JS-SDK failure or no answer from the client
  | 'network' // the server could not be reached
  | 'server' // the server answered with an error
  | 'not-member' // WECOM_NOT_A_MEMBER
  | 'auth'; // the OAuth code was rejected

export interface BootFailure {
  kind: BootFailureKind;
  /** Raw errMsg / error code, shown small for whoever has to debug it. */
  detail?: string;
  requestId?: string;
}

export type BootOutcome =
  | { status: 'ready'; me: Me; context: ChatContext; demo: boolean }
  | { status: 'demo-pick' }
  | { status: 'redirecting'; url: string }
  | { status: 'failed'; failure: BootFailure; demo: boolean };

export type BootState = { status: 'booting'; step: BootStep } | BootOutcome;
