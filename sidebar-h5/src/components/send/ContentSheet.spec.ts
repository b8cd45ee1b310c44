import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatTarget, ContentRef } from '@/outreach/chat-target';
import { fakeServer, fails, ok, writes, type FakeHandler } from '@/testing/fake-server';
import { makeCheck, VERSION } from '@/testing/fixtures';

/*
 * The one-click send through the real @wecom/jssdk over the dev bridge (the same order as the boot:
 * bridge first, then the SDK module, then register), with only the server faked.
 */

const TARGET: ChatTarget = { kind: 'contact', externalUserId: 'wmZHANG', clientId: 42 };
const MATERIAL: ContentRef = { kind: 'material', id: 9, title: '白酒行业深度报告', materialType: 'article' };
const SIGNATURE = { timestamp: 1763700000, nonceStr: 'n0nce', signature: 'c'.repeat(40) };
const TRACKED = 'http://127.0.0.1:3000/t/AbCdEfGh0123456789';
const PREPARED = {
  sendId: 31,
  message: { msgtype: 'news', news: { link: TRACKED, title: '白酒行业深度报告', desc: '行业景气度回升', imgUrl: `${TRACKED}/cover` } },
  trackedUrl: TRACKED,
  version: VERSION,
  warnings: [],
};

async function mountWithRealSdk(content: ContentRef, faults: Record<string, string> = {}) {
  const { installDevBridge } = await import('@/wecom/dev-bridge/install');
  installDevBridge({ chat: { kind: 'contact', externalUserId: 'wmZHANG', name: '张伟' }, contactIds: ['wmZHANG'], faults });
  const { loadWecomSdk } = await import('@/wecom/jssdk-loader');
  (await loadWecomSdk()).register({
    corpId: 'wwdemocorp',
    agentId: 1000002,
    jsApiList: ['getContext', 'getCurExternalContact', 'sendChatMessage'],
    getConfigSignature: () => SIGNATURE,
    getAgentConfigSignature: () => SIGNATURE,
  });
  // Imported after the reset so it shares the SDK instance registered above.
  const { default: ContentSheet } = await import('./ContentSheet.vue');
  const wrapper = mount(ContentSheet, { props: { show: true, target: TARGET, content } });
  await flushPromises();
  return wrapper;
}

function sendChatMessageCalls() {
  return (window.__VL_BRIDGE_CALLS__ ?? []).filter((call) => call.name === 'sendChatMessage');
}

async function tapSend(wrapper: Awaited<ReturnType<typeof mountWithRealSdk>>) {
  await wrapper.find('[data-test="send-confirm"]').trigger('click');
  await vi.waitFor(() => expect(wrapper.find('[data-test="send-confirm"]').classes()).not.toContain('van-button--loading'), { timeout: 3000 });
  await flushPromises();
}

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete window.WeixinJSBridge;
  delete window.__VL_BRIDGE_CALLS__;
});

// The first test pays for transforming Vant and the SDK after vi.resetModules().
describe('ContentSheet send flow', { timeout: 20_000 }, () => {
  const routes = (prepare: FakeHandler = ok(PREPARED)): Record<string, FakeHandler> => ({
    'POST /api/compliance/check-send': ok(makeCheck()),
    'POST /api/sends/prepare': prepare,
    'POST /api/sends/31/confirm': ok({ id: 31, status: 'sent' }),
    'POST /api/sends/31/fail': ok({ id: 31, status: 'failed' }),
  });

  it('should put the tracked news card into the chat and confirm the send', async () => {
    const seen = fakeServer(routes());
    const wrapper = await mountWithRealSdk(MATERIAL);
    expect(wrapper.find('[data-test="content-preview"]').text()).toContain('行业景气度回升');

    await tapSend(wrapper);

    const prepare = seen.find((request) => request.key === 'POST /api/sends/prepare');
    expect(prepare?.body).toEqual({ externalUserId: 'wmZHANG', contentKind: 'material', contentId: 9 });
    const [call] = sendChatMessageCalls();
    expect(call?.result.err_msg).toBe('sendChatMessage:ok');
    expect(call?.params).toMatchObject({ msgtype: 'news', news: { link: TRACKED } });
    expect(String((call?.params.news as { link?: string } | undefined)?.link)).toContain('/t/');
    expect(writes(seen)).toEqual(['POST /api/compliance/check-send', 'POST /api/sends/prepare', 'POST /api/sends/31/confirm']);
    expect(wrapper.emitted('sent')).toEqual([[{ status: 'sent', sendId: 31, trackedUrl: TRACKED }]]);
  });

  it('should close the send as failed with WeCom\'s errMsg when the advisor cancels', async () => {
    const seen = fakeServer(routes());
    const wrapper = await mountWithRealSdk(MATERIAL, { sendChatMessage: 'cancel' });

    await tapSend(wrapper);

    expect(sendChatMessageCalls()).toHaveLength(1);
    expect(seen.find((request) => request.key === 'POST /api/sends/31/fail')?.body).toEqual({ errMsg: 'sendChatMessage:cancel' });
    expect(writes(seen)).not.toContain('POST /api/sends/31/confirm');
    expect(wrapper.emitted('sent')).toBeUndefined();
  });

  it('should show a known-blocked item\'s reason and request nothing', async () => {
    const seen = fakeServer(routes());
    const blocked: ContentRef = { ...MATERIAL, blocked: { code: 'SUITABILITY_MISMATCH', reasonZh: '客户风险等级 C2 低于内容风险等级 R4' } };
    const wrapper = await mountWithRealSdk(blocked);

    expect(wrapper.find('[data-test="blocked-notice"]').text()).toContain('客户风险等级 C2 低于内容风险等级 R4');
    expect(wrapper.find('[data-test="send-confirm"]').exists()).toBe(false);
    expect(seen).toEqual([]);
    expect(sendChatMessageCalls()).toEqual([]);
  });

  it('should show the refused words of an edited script and send nothing to WeCom', async () => {
    const hit = { term: '保本', level: 'block', category: 'guarantee', reason: '不得承诺保本保收益', suggestion: '力争稳健', start: 3, end: 5, excerpt: '这款保本产品', source: 'lexicon' };
    const seen = fakeServer({
      ...routes(fails(422, 'SCREENING_BLOCKED', { message: '内容包含禁用表述「保本」', details: { hits: [hit], steps: [] } })),
      'POST /api/compliance/check-send': ok(makeCheck({ version: { ...VERSION, kind: 'script' }, outgoingText: '张先生您好' })),
    });
    const wrapper = await mountWithRealSdk({ kind: 'script', id: 11, title: '回访话术' });

    await wrapper.findAll('button').find((button) => button.text() === '编辑后发送')?.trigger('click');
    await wrapper.find('[data-test="send-editor"] textarea').setValue('张先生，这款保本产品很适合您');
    await wrapper.findAll('button').find((button) => button.text() === '发送')?.trigger('click');
    await vi.waitFor(() => expect(wrapper.find('[data-test="screening-hits"]').exists()).toBe(true), { timeout: 3000 });

    expect(seen.find((request) => request.key === 'POST /api/sends/prepare')?.body).toMatchObject({ editedText: '张先生，这款保本产品很适合您' });
    const hits = wrapper.find('[data-test="screening-hits"]').text();
    expect(hits).toContain('保本');
    expect(hits).toContain('不得承诺保本保收益');
    expect(hits).toContain('建议改为：力争稳健');
    // The editor stays open with the advisor's text, ready to be fixed.
    expect((wrapper.find('[data-test="send-editor"] textarea').element as HTMLTextAreaElement).value).toBe('张先生，这款保本产品很适合您');
    expect(sendChatMessageCalls()).toEqual([]);
  });

  it('should let a quiet-hours refusal go out as a reply in a live conversation', async () => {
    const quiet = makeCheck({ allowed: false, code: 'QUIET_HOURS', reasonZh: '当前为客户免打扰时段（22:00–08:00），请于明天08:00后发送。', nextAllowedAt: '2026-11-22T00:00:00.000Z' });
    const seen = fakeServer({
      ...routes(),
      'POST /api/compliance/check-send': (body) => ({ status: 200, body: (body as { liveConversation?: boolean }).liveConversation ? makeCheck() : quiet }),
    });
    const wrapper = await mountWithRealSdk(MATERIAL);
    expect(wrapper.find('[data-test="blocked-notice"]').text()).toContain('免打扰时段');

    await wrapper.find('[data-test="send-live"]').trigger('click');
    await flushPromises();
    await tapSend(wrapper);

    expect(seen.find((request) => request.key === 'POST /api/sends/prepare')?.body).toMatchObject({ liveConversation: true });
    expect(sendChatMessageCalls().map((call) => call.result.err_msg)).toEqual(['sendChatMessage:ok']);
    expect(writes(seen)).toContain('POST /api/sends/31/confirm');
  });

  it('should let an item the list already showed as blocked by quiet hours go out as a live reply', async () => {
    const listed: ContentRef = { ...MATERIAL, blocked: { code: 'QUIET_HOURS', reasonZh: '当前为客户免打扰时段（22:00–08:00），请于明天08:00后发送。' } };
    const seen = fakeServer({
      ...routes(),
      'POST /api/compliance/check-send': (body) => ({ status: 200, body: makeCheck((body as { liveConversation?: boolean }).liveConversation ? {} : { allowed: false, code: 'QUIET_HOURS' }) }),
    });
    const wrapper = await mountWithRealSdk(listed);
    expect(seen.filter((request) => request.key === 'POST /api/compliance/check-send')).toEqual([]);

    await wrapper.find('[data-test="send-live"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="content-preview"]').exists()).toBe(true);
    await tapSend(wrapper);

    expect(seen.find((request) => request.key === 'POST /api/compliance/check-send')?.body).toMatchObject({ liveConversation: true });
    expect(sendChatMessageCalls().map((call) => call.result.err_msg)).toEqual(['sendChatMessage:ok']);
    expect(writes(seen)).toContain('POST /api/sends/31/confirm');
  });
});
