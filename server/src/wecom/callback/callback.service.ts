import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AppError } from '../../common/errors/app-error.js';
import { JOB_QUEUE, type JobQueue } from '../../common/queue/job-queue.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Metrics } from '../../observability/metrics.js';
import { WecomCallbackCrypto, WecomCryptoError } from '../crypto/callback-crypto.js';
import { CallbackEvent } from './callback-event.entity.js';
import { parseCallbackEnvelope, parseEventXml } from '../crypto/callback-xml.js';
import { dedupeKey } from './callback-dedupe.js';

export const CALLBACK_JOB = 'wecom.callback';

export interface SignedQuery {
  msg_signature?: string;
  timestamp?: string;
  nonce?: string;
}

/**
 * Receives WeCom callbacks: checks the signature (constant time) and freshness, decrypts, stores the
 * event once (dedupe on WeCom's retries) and hands it to the queue, so the HTTP answer stays well
 * inside WeCom's 1 s (verify) / 5 s (events) limits.
 */
@Injectable()
export class CallbackService {
  private readonly crypto: WecomCallbackCrypto;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @InjectRepository(CallbackEvent) private readonly events: Repository<CallbackEvent>,
    private readonly metrics: Metrics,
  ) {
    this.crypto = new WecomCallbackCrypto(config.wecom.callbackToken, config.wecom.callbackAesKey, config.wecom.corpId);
  }

  /** GET URL verification: answer the decrypted echostr as bare text. */
  verifyUrl(query: SignedQuery & { echostr?: string }): string {
    const { timestamp, nonce } = this.requireSigned(query);
    if (!query.echostr) throw new AppError('VALIDATION_FAILED', '缺少 echostr');
    this.checkSignature(query.msg_signature!, timestamp, nonce, query.echostr);
    return this.decrypt(query.echostr);
  }

  /** POST event: returns once the event is durably stored and queued. */
  async receive(query: SignedQuery, body: string): Promise<{ duplicate: boolean }> {
    const { timestamp, nonce } = this.requireSigned(query);
    const encrypt = readEnvelope(body);
    this.checkSignature(query.msg_signature!, timestamp, nonce, encrypt);
    const fields = readEvent(this.decrypt(encrypt));

    const key = dedupeKey(fields);
    const type = fields.ChangeType ?? fields.Event ?? fields.MsgType;
    const existing = await this.events.findOneBy({ dedupeKey: key });
    if (existing) {
      this.metrics.callbackEvents.inc({ type, outcome: 'duplicate' });
      return { duplicate: true };
    }
    let saved: CallbackEvent;
    try {
      saved = await this.events.save(
        this.events.create({ dedupeKey: key, event: fields.Event ?? fields.MsgType, changeType: fields.ChangeType ?? null, payload: fields }),
      );
    } catch (error) {
      // Two retries racing: the unique index let one in, the other is a duplicate.
      if (await this.events.findOneBy({ dedupeKey: key })) return { duplicate: true };
      throw error;
    }
    await this.queue.enqueue(CALLBACK_JOB, { eventId: saved.id }, { idempotencyKey: `wecom-callback:${saved.id}` });
    this.metrics.callbackEvents.inc({ type, outcome: 'accepted' });
    return { duplicate: false };
  }

  private requireSigned(query: SignedQuery): { timestamp: string; nonce: string } {
    if (!query.msg_signature || !query.timestamp || !query.nonce) {
      throw new AppError('WECOM_CALLBACK_SIGNATURE_INVALID', '缺少签名参数');
    }
    const maxAge = this.config.wecom.callbackMaxAgeSeconds;
    if (maxAge > 0) {
      const ageSeconds = Math.abs(this.clock.now().getTime() / 1000 - Number(query.timestamp));
      if (!Number.isFinite(ageSeconds) || ageSeconds > maxAge) throw new AppError('WECOM_CALLBACK_STALE');
    }
    return { timestamp: query.timestamp, nonce: query.nonce };
  }

  private checkSignature(signature: string, timestamp: string, nonce: string, encrypt: string): void {
    if (!this.crypto.verifySignature(signature, timestamp, nonce, encrypt)) {
      this.metrics.callbackEvents.inc({ type: 'signature', outcome: 'rejected' });
      throw new AppError('WECOM_CALLBACK_SIGNATURE_INVALID');
    }
  }

  private decrypt(encrypt: string): string {
    try {
      return this.crypto.decrypt(encrypt);
    } catch (error) {
      if (error instanceof WecomCryptoError && error.reason === 'receive_id_mismatch') {
        throw new AppError('WECOM_CALLBACK_CORP_MISMATCH');
      }
      throw new AppError('WECOM_CALLBACK_DECRYPT_FAILED');
    }
  }
}

function readEnvelope(body: string): string {
  try {
    return parseCallbackEnvelope(body).encrypt;
  } catch {
    throw new AppError('MALFORMED_REQUEST', '回调消息体不是有效的企业微信加密消息');
  }
}

function readEvent(xml: string): Record<string, string> {
  try {
    const fields = parseEventXml(xml);
    if (fields.MsgType) return fields;
  } catch {
    /* reported below */
  }
  throw new AppError('WECOM_CALLBACK_DECRYPT_FAILED', '解密后的消息格式不正确');
}
