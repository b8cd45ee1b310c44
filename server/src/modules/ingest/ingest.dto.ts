import { type ApiBody, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

type SchemaObject = Extract<Parameters<typeof ApiBody>[0], { schema: unknown }>['schema'];

export const INGEST_ITEM_STATUSES = ['stored', 'duplicate', 'rejected'] as const;
export type IngestItemStatus = (typeof INGEST_ITEM_STATUSES)[number];

export class IngestItemResultDto {
  @ApiProperty({ description: 'Position of the event in the submitted batch (0-based)' }) index: number;
  @ApiProperty({ enum: INGEST_ITEM_STATUSES }) status: IngestItemStatus;
  @ApiPropertyOptional({ description: 'Error code when rejected', example: 'VALIDATION_FAILED' }) code?: string;
  @ApiPropertyOptional({ description: 'Why it was rejected (Chinese)' }) message?: string;
}

export class IngestResultDto {
  @ApiProperty({ description: 'Events stored by this request' }) accepted: number;
  @ApiProperty({ description: 'Events already stored earlier (same event id): not stored again' }) duplicates: number;
  @ApiProperty({ description: 'Events refused; see items for why' }) rejected: number;
  @ApiProperty({ type: [IngestItemResultDto], description: 'One entry per submitted event, in order' }) items: IngestItemResultDto[];
}

/** OpenAPI shape of one 神策 track record (the body is one of these or an array of up to 500). */
export const SENSORS_TRACK_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'event', 'distinct_id', 'time'],
  properties: {
    type: { type: 'string', enum: ['track'] },
    event: { type: 'string', maxLength: 48, example: 'content_open' },
    distinct_id: { type: 'string', maxLength: 64, description: 'Customer number, unionid or external_userid, per INGEST_DISTINCT_ID' },
    time: { type: 'integer', description: 'Epoch milliseconds', example: 1763604000000 },
    _track_id: { type: 'integer', description: '神策 per-event random id (optional)' },
    properties: {
      type: 'object',
      additionalProperties: true,
      description: 'Event properties; $event_id, when present, is the idempotency key',
      example: { $event_id: 'evt-20261120-0001', contentId: 'A1024', topic: 'policy', format: 'article', framing: 'gain' },
    },
  },
};
