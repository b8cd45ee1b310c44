import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserForTest, SIDEBAR_VIEWPORT } from '../support/browser.js';
import {
  bridgeCalls,
  forceBridgeFaults,
  openDemoPicker,
  pickFirstAdvisor,
  pickFirstContact,
  pickFirstGroup,
  storedPick,
} from '../support/sidebar.js';
import { useTestServer } from '../support/suite.js';

/** Masked as the server returns it: 3 leading digits, 4 stars, 4 trailing digits (e.g. 138****5678). */
const MASKED_PHONE = /^手机 1\d{2}\*{4}\d{4}$/;

function startsWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

describe('sidebar: demo mode over the simulated WeCom bridge', () => {
  const server = useTestServer();

  it('opens at /sidebar/ with the demo picker', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    await page.goto(`${server().baseUrl}/sidebar/`);
    await page.getByTestId('demo-member').first().waitFor();
    assert.deepEqual(pageErrors, []);
  });

  it('lists the demo advisors on the picker', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    await openDemoPicker(page, server().baseUrl);
    await page.getByText(/^演示模式/).waitFor();
    assert.equal(await page.getByTestId('demo-member').count(), 30);
    await page.getByTestId('demo-member').first().getByText(/^\d+ 位客户$/).waitFor();
    assert.deepEqual(pageErrors, []);
  });

  it('boots the real JS-SDK in a 1:1 chat and shows the client on 画像', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    await openDemoPicker(page, server().baseUrl);
    await pickFirstAdvisor(page);
    const contactName = await pickFirstContact(page);

    // The heading may add the advisor's remark after the name: 陈松 （陈松-0261）.
    await page.getByRole('heading', { level: 1, name: startsWith(contactName) }).waitFor();
    await page.getByText(MASKED_PHONE).waitFor();
    await page.getByText('风险等级', { exact: true }).waitFor();
    await page.getByRole('tab', { name: '画像' }).waitFor();
    assert.equal(await page.getByRole('tab').count(), 4);
    assert.match(page.url(), /#\/portrait$/);

    // The unmodified @wecom/jssdk registered with a server-signed agentConfig and asked the client for the chat.
    const calls = await bridgeCalls(page);
    const answer = (name: string) => calls.find((call) => call.name === name)?.result;
    assert.deepEqual(
      ['agentConfig', 'getContext', 'getCurExternalContact'].map((name) => answer(name)?.err_msg),
      ['agentConfig:ok', 'getContext:ok', 'getCurExternalContact:ok'],
      `bridge calls: ${calls.map((call) => `${call.name} → ${call.result.err_msg}`).join(', ')}`,
    );
    assert.equal(answer('getContext')?.entry, 'single_chat_tools');
    const agentConfig = calls.find((call) => call.name === 'agentConfig');
    assert.match(String(agentConfig?.params.signature), /^[0-9a-f]{40}$/);
    assert.match(String(agentConfig?.params.timestamp), /^\d{10}$/);

    const pick = await storedPick(page);
    assert.equal(pick?.chat.kind, 'contact');
    assert.equal(answer('getCurExternalContact')?.userId, pick?.chat.kind === 'contact' ? pick.chat.externalUserId : undefined);
    assert.deepEqual(pageErrors, []);
  });

  it('switches from a 1:1 chat to a group chat through 切换 and the picker', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    await openDemoPicker(page, server().baseUrl);
    await pickFirstAdvisor(page);
    await pickFirstContact(page);
    await page.getByText(MASKED_PHONE).waitFor();

    await page.getByText('切换', { exact: true }).click();
    await page.getByTestId('demo-member').first().waitFor();
    assert.equal(await storedPick(page), null);

    await pickFirstAdvisor(page);
    const groupName = await pickFirstGroup(page);
    await page.getByRole('heading', { level: 1, name: groupName, exact: true }).waitFor();
    await page.getByText(/^群成员 \d+ 人 · 其中客户 \d+ 位$/).waitFor();
    await page.getByText('群内客户', { exact: true }).waitFor();

    const calls = await bridgeCalls(page);
    const chatAnswer = calls.find((call) => call.name === 'getCurExternalChat')?.result;
    assert.equal(chatAnswer?.err_msg, 'getCurExternalChat:ok');
    const pick = await storedPick(page);
    assert.equal(chatAnswer?.chatId, pick?.chat.kind === 'group' ? pick.chat.chatId : undefined);
    assert.deepEqual(pageErrors, []);
  });

  it('shows the signature self-check instead of a blank page when agentConfig is rejected', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    await openDemoPicker(page, server().baseUrl);
    await forceBridgeFaults(page, { agentConfig: 'invalid signature' });
    await pickFirstAdvisor(page);
    await pickFirstContact(page);

    await page.getByText('企业微信签名校验失败', { exact: true }).waitFor();
    await page.getByText(/可信域名与当前访问域名完全一致/).waitFor();
    await page.getByText(/agentConfig:invalid signature/).waitFor();
    await page.getByRole('button', { name: '重新加载' }).waitFor();
    // The 切换 bubble stays, so a demo user is never stuck on the failure.
    await page.getByText('切换', { exact: true }).waitFor();

    const agentConfig = (await bridgeCalls(page)).find((call) => call.name === 'agentConfig');
    assert.equal(agentConfig?.result.err_msg, 'agentConfig:invalid signature');
    assert.deepEqual(pageErrors, []);
  });
});
