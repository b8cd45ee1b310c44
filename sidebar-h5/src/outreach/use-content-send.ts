import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import type { CheckSendResultDto, GateStepDto, ScreeningHitDto } from '@/api/outreach-types';
import { checkSend } from '@/api/sends';
import { checkTargetOf, sendTargetOf, type ChatTarget, type ContentRef } from './chat-target';
import type { SendOutcome } from './send-outcome';
import { browserSendDeps, sendToChat, type SendToChatDeps } from './send-to-chat';

/** Why this content cannot go to this chat, in the gate's words. */
export interface BlockReason {
  code: string;
  reasonZh: string;
  steps: GateStepDto[];
  hits: ScreeningHitDto[];
  nextAllowedAt: string | null;
}

export type PreviewPhase = 'idle' | 'checking' | 'ready' | 'blocked' | 'failed';

export interface ContentSend {
  phase: Ref<PreviewPhase>;
  preview: ShallowRef<CheckSendResultDto | null>;
  blocked: ShallowRef<BlockReason | null>;
  /** Hits of the advisor's edited text that the server refused (SCREENING_BLOCKED). */
  editHits: ShallowRef<ScreeningHitDto[]>;
  /** The last send's failure, shown in the sheet (WeCom refused, network). */
  failure: Ref<string>;
  sending: Ref<boolean>;
  /** The refusal is about timing (quiet hours, the brokerage's caps), which a live conversation lifts. */
  canReplyLive: ComputedRef<boolean>;
  open(content: ContentRef): Promise<void>;
  /** The advisor says the client is talking right now: check (and later send) as a reply in that conversation. */
  replyInConversation(): Promise<void>;
  send(editedText?: string): Promise<SendOutcome | null>;
}

/**
 * Quiet hours and the per-client caps do not apply to a reply while the client is in the conversation
 * (server compliance/rules/frequency-budget.ts, liveConversation; counted all the same).
 */
const LIFTED_BY_LIVE_CONVERSATION: ReadonlySet<string> = new Set(['QUIET_HOURS', 'FREQUENCY_CAP']);

function blockFromCheck(result: CheckSendResultDto): BlockReason {
  return {
    code: result.code ?? 'INVALID_STATE',
    reasonZh: result.reasonZh,
    steps: result.steps.filter((step) => step.outcome === 'block'),
    hits: result.screeningHits.filter((hit) => hit.level === 'block'),
    nextAllowedAt: result.nextAllowedAt,
  };
}

/**
 * Preview and send of one piece of content into the current chat. A content already known to be blocked
 * shows its reason and requests nothing; otherwise the gate is asked first (check-send), so the advisor sees
 * the filled-in text and any refusal before tapping 发送 — and the server checks everything again on prepare.
 */
export function useContentSend(target: () => ChatTarget | null, deps: SendToChatDeps = browserSendDeps): ContentSend {
  const phase = ref<PreviewPhase>('idle');
  const preview = shallowRef<CheckSendResultDto | null>(null);
  const blocked = shallowRef<BlockReason | null>(null);
  const editHits = shallowRef<ScreeningHitDto[]>([]);
  const failure = ref('');
  const sending = ref(false);
  const liveConversation = ref(false);
  let current: ContentRef | null = null;
  let generation = 0;

  const canReplyLive = computed(
    () => !liveConversation.value && !!blocked.value && LIFTED_BY_LIVE_CONVERSATION.has(blocked.value.code),
  );

  async function open(content: ContentRef): Promise<void> {
    current = content;
    liveConversation.value = false;
    preview.value = null;
    editHits.value = [];
    failure.value = '';
    blocked.value = content.blocked
      ? { code: content.blocked.code, reasonZh: content.blocked.reasonZh, steps: [], hits: [], nextAllowedAt: null }
      : null;
    await check(content);
  }

  async function replyInConversation(): Promise<void> {
    if (!current) return;
    liveConversation.value = true;
    blocked.value = null;
    // The reason the list gave (quiet hours, a cap) is what a live conversation lifts: ask the gate again.
    const { blocked: _lifted, ...content } = current;
    current = content;
    await check(content);
  }

  async function check(content: ContentRef): Promise<void> {
    const mine = ++generation;
    const chat = target();
    if (content.blocked || !chat) {
      phase.value = content.blocked ? 'blocked' : 'failed';
      return;
    }
    phase.value = 'checking';
    try {
      const result = await checkSend(
        {
          ...checkTargetOf(chat),
          contentKind: content.kind,
          contentId: content.id,
          ...(content.variantId ? { variantId: content.variantId } : {}),
          ...(liveConversation.value ? { liveConversation: true } : {}),
          channel: 'chat',
        },
        { toast: false },
      );
      if (mine !== generation) return;
      preview.value = result;
      blocked.value = result.allowed ? null : blockFromCheck(result);
      phase.value = result.allowed ? 'ready' : 'blocked';
    } catch {
      if (mine === generation) phase.value = 'failed';
    }
  }

  async function send(editedText?: string): Promise<SendOutcome | null> {
    const chat = target();
    const content = current;
    if (!chat || !content || sending.value || phase.value === 'blocked') return null;
    sending.value = true;
    failure.value = '';
    try {
      const outcome = await sendToChat(
        {
          ...sendTargetOf(chat),
          contentKind: content.kind,
          contentId: content.id,
          ...(content.variantId ? { variantId: content.variantId } : {}),
          ...(editedText !== undefined ? { editedText } : {}),
          ...(content.taskId ? { taskId: content.taskId } : {}),
          ...(liveConversation.value ? { liveConversation: true } : {}),
        },
        deps,
      );
      if (outcome.status === 'blocked') {
        // An edited text refused by screening keeps the editor open with the words marked; any other refusal
        // (the budget ran out since the preview, …) replaces the preview with the reason.
        if (editedText !== undefined && outcome.code === 'SCREENING_BLOCKED') {
          editHits.value = outcome.hits;
          failure.value = outcome.reasonZh;
        } else {
          blocked.value = { code: outcome.code, reasonZh: outcome.reasonZh, steps: outcome.steps, hits: outcome.hits, nextAllowedAt: null };
          phase.value = 'blocked';
        }
      }
      if (outcome.status === 'failed') failure.value = outcome.messageZh;
      return outcome;
    } finally {
      sending.value = false;
    }
  }

  return { phase, preview, blocked, editHits, failure, sending, canReplyLive, open, replyInConversation, send };
}
