import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiParam } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { CONTENT_KINDS } from '../library.constants.js';
import { AppError } from '../../../common/errors/app-error.js';
import { DateField, TextField } from '../../../common/validation/fields.js';
import { idPipe } from '../../../common/validation/id-param.js';
import type { ContentKind } from '../library.constants.js';
import { ApprovalPageDto, ApprovalQueueQuery, DiffQuery, VersionDiffDto } from './version-history.dto.js';
import { VersionHistoryService } from './version-history.service.js';
import { VersionWorkflowService } from './version-workflow.service.js';
import { VersionWorkflowDto } from './version.dto.js';
import { VersionViews } from './version-views.js';

export class ApproveInputDto {
  @TextField({ optional: true, max: 500, description: '审批意见' }) comment?: string;
  @DateField({ optional: true, description: '审批设定的有效期截止（可缩短）' }) validUntil?: Date;
}

export class RejectInputDto {
  @TextField({ max: 500, description: '驳回原因' }) comment: string;
}

export class RetireInputDto {
  @TextField({ optional: true, max: 500, description: '下架原因' }) reason?: string;
}

const kindPipe = new ParseEnumPipe({ script: 'script', material: 'material' } as const, {
  exceptionFactory: () => new AppError('VALIDATION_FAILED', 'versionKind 必须是 script 或 material'),
});

@ApiTags('approvals')
@Controller('api')
export class ApprovalsController {
  constructor(
    private readonly workflow: VersionWorkflowService,
    private readonly history: VersionHistoryService,
    private readonly views: VersionViews,
  ) {}

  @Get('approvals')
  @Roles('compliance', 'admin')
  @ApiOkResponse({ type: ApprovalPageDto })
  queue(@Query() query: ApprovalQueueQuery): Promise<ApprovalPageDto> {
    return this.history.queue(query);
  }

  @Post('approvals/:versionKind/:versionId/approve')
  @HttpCode(200)
  @Roles('compliance', 'admin')
  @ApiOkResponse({ type: VersionWorkflowDto })
  @ApiParam({ name: 'versionKind', enum: CONTENT_KINDS })
  async approve(
    @CurrentActor() actor: Actor,
    @Param('versionKind', kindPipe) kind: ContentKind,
    @Param('versionId', idPipe) versionId: number,
    @Body() body: ApproveInputDto,
  ): Promise<VersionWorkflowDto> {
    return this.views.workflow(await this.workflow.approve(actor, kind, versionId, body));
  }

  @Post('approvals/:versionKind/:versionId/reject')
  @HttpCode(200)
  @Roles('compliance', 'admin')
  @ApiOkResponse({ type: VersionWorkflowDto })
  @ApiParam({ name: 'versionKind', enum: CONTENT_KINDS })
  async reject(
    @CurrentActor() actor: Actor,
    @Param('versionKind', kindPipe) kind: ContentKind,
    @Param('versionId', idPipe) versionId: number,
    @Body() body: RejectInputDto,
  ): Promise<VersionWorkflowDto> {
    return this.views.workflow(await this.workflow.reject(actor, kind, versionId, body.comment));
  }

  /** HQ submits a draft for review; screening runs here (block → 422 SCREENING_BLOCKED). */
  @Post('versions/:versionKind/:versionId/submit')
  @HttpCode(200)
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: VersionWorkflowDto })
  @ApiParam({ name: 'versionKind', enum: CONTENT_KINDS })
  async submit(
    @CurrentActor() actor: Actor,
    @Param('versionKind', kindPipe) kind: ContentKind,
    @Param('versionId', idPipe) versionId: number,
  ): Promise<VersionWorkflowDto> {
    return this.views.workflow(await this.workflow.submit(actor, kind, versionId));
  }

  @Post('versions/:versionKind/:versionId/retire')
  @HttpCode(200)
  @Roles('hq', 'compliance', 'admin')
  @ApiOkResponse({ type: VersionWorkflowDto })
  @ApiParam({ name: 'versionKind', enum: CONTENT_KINDS })
  async retire(
    @CurrentActor() actor: Actor,
    @Param('versionKind', kindPipe) kind: ContentKind,
    @Param('versionId', idPipe) versionId: number,
    @Body() body: RetireInputDto,
  ): Promise<VersionWorkflowDto> {
    return this.views.workflow(await this.workflow.retire(actor, kind, versionId, body.reason));
  }

  @Get('versions/:versionKind/:versionId/diff')
  @Roles('hq', 'compliance', 'admin')
  @ApiOkResponse({ type: VersionDiffDto })
  @ApiParam({ name: 'versionKind', enum: CONTENT_KINDS })
  diff(
    @Param('versionKind', kindPipe) kind: ContentKind,
    @Param('versionId', idPipe) versionId: number,
    @Query() query: DiffQuery,
  ): Promise<VersionDiffDto> {
    return this.history.diff(kind, versionId, query.against);
  }
}
