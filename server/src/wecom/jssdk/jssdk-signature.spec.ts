import { signJsapi } from './jssdk-signature.js';

describe('signJsapi', () => {
  it('should reproduce the official worked example of the JS-SDK signature appendix', () => {
    // Example from the JS-SDK signature algorithm appendix (same algorithm as WeCom doc 90506).
    const signature = signJsapi(
      'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
      'Wm3WZYTPz0wzccnW',
      1414587457,
      'http://mp.weixin.qq.com?params=value',
    );
    expect(signature).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });

  it('should sign the raw URL, so an encoded variant gives a different signature', () => {
    const raw = signJsapi('t', 'n', 1, 'https://a.example/sidebar/?q=价值&x=1');
    const encoded = signJsapi('t', 'n', 1, encodeURI('https://a.example/sidebar/?q=价值&x=1'));
    expect(raw).not.toBe(encoded);
    expect(raw).toMatch(/^[0-9a-f]{40}$/);
  });
});
