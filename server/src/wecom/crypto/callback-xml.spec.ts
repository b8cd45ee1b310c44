import { WecomCallbackCrypto } from './callback-crypto.js';
import { buildEncryptedCallback, buildFlatXml, parseCallbackEnvelope, parseEventXml, WecomXmlError } from './callback-xml.js';

describe('callback XML', () => {
  it('should parse the decrypted official A2 message into strings without losing digits', () => {
    const xml =
      '<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CDATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251345929</MsgId>\n<AgentID>218</AgentID>\n</xml>';
    expect(parseEventXml(xml)).toEqual({
      ToUserName: 'wx5823bf96d3bd56c7',
      FromUserName: 'mycreate',
      CreateTime: '1409659813',
      MsgType: 'text',
      Content: 'hello',
      MsgId: '4561255354251345929',
      AgentID: '218',
    });
  });

  it('should parse the change_external_contact example from the docs', () => {
    const xml =
      '<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName><CreateTime>1403610513</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_external_contact]]></Event><ChangeType><![CDATA[add_external_contact]]></ChangeType><UserID><![CDATA[zhangsan]]></UserID><ExternalUserID><![CDATA[woAJ2GCAAAXtWyujaWJHDDGi0mAAAA]]></ExternalUserID><State><![CDATA[teststate]]></State><WelcomeCode><![CDATA[WELCOMECODE]]></WelcomeCode></xml>';
    const event = parseEventXml(xml);
    expect(event.ChangeType).toBe('add_external_contact');
    expect(event.ExternalUserID).toBe('woAJ2GCAAAXtWyujaWJHDDGi0mAAAA');
    expect(event.WelcomeCode).toBe('WELCOMECODE');
  });

  it('should keep CDATA content verbatim, including markup and "]]>"', () => {
    const xml = buildFlatXml({ Content: 'a <b> & c ]]> d', CreateTime: 1 });
    expect(parseEventXml(xml)).toEqual({ Content: 'a <b> & c ]]> d', CreateTime: '1' });
  });

  it('should reject a callback body without Encrypt and malformed XML', () => {
    expect(() => parseCallbackEnvelope('<xml><ToUserName>x</ToUserName></xml>')).toThrow(WecomXmlError);
    expect(() => parseCallbackEnvelope('not xml')).toThrow(WecomXmlError);
  });

  it('should build an encrypted POST body the receiving side can verify and decrypt', () => {
    const crypto = new WecomCallbackCrypto('tok', 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C', 'wwcorp');
    const eventXml = buildFlatXml({ Event: 'change_external_contact', ChangeType: 'del_follow_user', CreateTime: 1700000000 });
    const request = buildEncryptedCallback(crypto, eventXml, { toUserName: 'wwcorp', agentId: '1000002', timestamp: '1700000000', nonce: 'n1' });
    const envelope = parseCallbackEnvelope(request.body);
    expect(envelope.toUserName).toBe('wwcorp');
    expect(envelope.agentId).toBe('1000002');
    expect(crypto.verifySignature(request.query.msg_signature, request.query.timestamp, request.query.nonce, envelope.encrypt)).toBe(true);
    expect(parseEventXml(crypto.decrypt(envelope.encrypt)).ChangeType).toBe('del_follow_user');
  });
});
