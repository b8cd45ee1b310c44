import { chatMessage, linkUrls, massMessage, massMessageMatches, miniProgramPage, shareParams } from './message-builders.js';
import type { OutgoingMessage } from './outgoing-message.js';

const article: OutgoingMessage = {
  text: null,
  material: { type: 'article', presentation: 'news', title: '复利', desc: '时间的朋友', coverKey: null, fileKey: null, miniProgram: null },
};
const links = linkUrls('https://vl.example.com', 'tok123');

describe('message builders', () => {
  it('should build a news card on the tracked link for sendChatMessage', () => {
    expect(chatMessage(article, links, {})).toEqual({
      msgtype: 'news',
      news: { link: 'https://vl.example.com/t/tok123', title: '复利', desc: '时间的朋友', imgUrl: 'https://vl.example.com/t/tok123/cover' },
    });
  });

  it('should send a script as text and an image natively', () => {
    expect(chatMessage({ text: '您好', material: null }, null, {})).toEqual({ msgtype: 'text', text: { content: '您好' } });
    const poster: OutgoingMessage = { text: null, material: { ...article.material!, type: 'poster', presentation: 'image', fileKey: 'k' } };
    expect(chatMessage(poster, links, { image: 'm1' })).toEqual({ msgtype: 'image', image: { mediaid: 'm1' } });
    expect(massMessage(poster, links, { image: 'm1' }).attachments).toEqual([{ msgtype: 'image', image: { media_id: 'm1' } }]);
  });

  it('should end mini-program pages in .html as the JS-SDK requires', () => {
    expect(miniProgramPage('pages/index/index')).toBe('pages/index/index.html');
    expect(miniProgramPage('pages/a.html')).toBe('pages/a.html');
  });

  it('should build the share params and recognise its own mass message in WeCom records', () => {
    expect(shareParams(article, links, {})).toEqual({ attachments: [{ msgtype: 'link', link: { title: '复利', imgUrl: links.cover, desc: '时间的朋友', url: links.url } }] });
    const sent = massMessage(article, links, {});
    expect(massMessageMatches(sent, { attachments: sent.attachments })).toBe(true);
    const otherTask = massMessage(article, linkUrls('https://vl.example.com', 'tok999'), {});
    expect(massMessageMatches(sent, { attachments: otherTask.attachments })).toBe(false);
    expect(massMessageMatches({ text: { content: 'a' }, attachments: [] }, { text: { content: 'b' } })).toBe(false);
  });
});
