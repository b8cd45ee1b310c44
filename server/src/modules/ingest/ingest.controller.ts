import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyAuth } from '../../common/auth/auth.decorators.js';
import { IngestResultDto, SENSORS_TRACK_SCHEMA } from './ingest.dto.js';
import { IngestService } from './ingest.service.js';
import { MAX_BATCH } from './sensors-track.js';

@ApiTags('ingest')
@Controller('api/ingest')
export class IngestController {
  constructor(private readonly ingestion: IngestService) {}

  @Post('events')
  @HttpCode(200)
  @ApiKeyAuth('ingest')
  @ApiSecurity('api-key')
  @ApiOperation({
    summary: '接收行为事件（神策 track 格式）',
    description:
      `One 神策 track record or an array of up to ${MAX_BATCH}. 200 with a per-item result for any well-formed batch ` +
      '(items may be rejected individually); 400 MALFORMED_REQUEST / VALIDATION_FAILED when the body is not a batch; ' +
      '401 API_KEY_INVALID without a valid ingest key. Event names the portrait reads: see modules/ingest/INGEST.md.',
  })
  @ApiBody({ schema: { oneOf: [SENSORS_TRACK_SCHEMA, { type: 'array', maxItems: MAX_BATCH, items: SENSORS_TRACK_SCHEMA }] } })
  @ApiOkResponse({ type: IngestResultDto })
  ingest(@Body() body: unknown): Promise<IngestResultDto> {
    return this.ingestion.ingest(body);
  }
}
