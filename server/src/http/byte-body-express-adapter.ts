import { ExpressAdapter } from '@nestjs/platform-express';
import type { Response } from 'express';

/**
 * Express, where a handler that returns a Buffer has it sent as its bytes (Nest's own adapter serialises any object,
 * a Buffer included, as JSON). The handler sets the Content-Type (e.g. raw-json.ts's JSON assembled from bytes).
 */
export class ByteBodyExpressAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number): unknown {
    if (!Buffer.isBuffer(body)) return super.reply(response, body, statusCode);
    if (statusCode !== undefined) response.status(statusCode);
    return response.send(body);
  }
}
