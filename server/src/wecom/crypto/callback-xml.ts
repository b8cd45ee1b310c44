import { XMLParser } from 'fast-xml-parser';
import type { WecomCallbackCrypto } from './callback-crypto.js';

/** Callback envelopes and decrypted events are flat `<xml>` documents (WECOM.md §3.2, §4.9). */
const CDATA_KEY = '__cdata';
const parser = new XMLParser({
  ignoreAttributes: true,
  // Keep every value a string: CreateTime, MsgId and AgentID must not turn into (lossy) numbers.
  parseTagValue: false,
  trimValues: false,
  cdataPropName: CDATA_KEY,
  // XXE is not a risk (no DOCTYPE processing), but keep entity expansion small and predictable.
  processEntities: true,
});

export class WecomXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WecomXmlError';
  }
}

/** The top-level elements of `<xml>…</xml>` as strings; nested elements are left out. */
export function parseFlatXml(xml: string): Record<string, string> {
  let document: unknown;
  try {
    document = parser.parse(xml, true);
  } catch (error) {
    throw new WecomXmlError(`malformed XML: ${(error as Error).message}`);
  }
  const root = isRecord(document) ? document.xml : undefined;
  if (!isRecord(root)) throw new WecomXmlError('missing <xml> root');
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(root)) {
    if (name === '#text') continue; // whitespace between elements
    const text = textOf(value);
    if (text !== undefined) fields[name] = text;
  }
  return fields;
}

export interface CallbackEnvelope {
  encrypt: string;
  toUserName?: string;
  agentId?: string;
}

/** `<xml><ToUserName/><Encrypt/><AgentID/></xml>` — the body WeCom POSTs to the callback URL. */
export function parseCallbackEnvelope(xml: string): CallbackEnvelope {
  const fields = parseFlatXml(xml);
  const encrypt = fields.Encrypt?.trim();
  if (!encrypt) throw new WecomXmlError('callback body has no <Encrypt>');
  return { encrypt, toUserName: fields.ToUserName, agentId: fields.AgentID };
}

/** Decrypted event XML → flat record (Event, ChangeType, UserID, ExternalUserID, …). */
export const parseEventXml = parseFlatXml;

/** Builds a flat `<xml>`; strings become CDATA, numbers stay bare (as WeCom writes CreateTime). */
export function buildFlatXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([name, value]) => `<${name}>${typeof value === 'number' ? String(value) : cdata(value)}</${name}>`)
    .join('');
  return `<xml>${body}</xml>`;
}

export interface EncryptedCallbackRequest {
  query: { msg_signature: string; timestamp: string; nonce: string };
  body: string;
}

/** What WeCom sends for an event: signed query + encrypted envelope (used by the simulator and tests). */
export function buildEncryptedCallback(
  crypto: WecomCallbackCrypto,
  eventXml: string,
  envelope: { toUserName: string; agentId?: string; timestamp: string; nonce: string; random16?: Buffer },
): EncryptedCallbackRequest {
  const encrypt = crypto.encrypt(eventXml, envelope.random16);
  const fields: Record<string, string> = { ToUserName: envelope.toUserName, Encrypt: encrypt };
  if (envelope.agentId !== undefined) fields.AgentID = envelope.agentId;
  return {
    query: {
      msg_signature: crypto.signature(envelope.timestamp, envelope.nonce, encrypt),
      timestamp: envelope.timestamp,
      nonce: envelope.nonce,
    },
    body: buildFlatXml(fields),
  };
}

function cdata(value: string): string {
  // "]]>" cannot appear inside CDATA; split it across two sections.
  return `<![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value) && CDATA_KEY in value) {
    const parts = value[CDATA_KEY];
    return Array.isArray(parts) ? parts.map(String).join('') : String(parts);
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
