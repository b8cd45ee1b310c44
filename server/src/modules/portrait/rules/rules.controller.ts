import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import type { PortraitRuleSet } from '../entities/rule-set.entity.js';
import { PreviewRulesDto, RulesDto, RulesPreviewDto, RuleVersionDto, UpdateRulesDto } from './rules.dto.js';
import { RulesPreviewService } from './rules-preview.service.js';
import { RulesService } from './rules.service.js';

function toVersionDto(r: PortraitRuleSet): RuleVersionDto {
  return { version: r.version, changeNote: r.changeNote, createdBy: r.createdBy, createdAt: r.createdAt.toISOString(), active: r.active };
}

@ApiTags('portrait')
@Controller('api/portrait/rules')
export class RulesController {
  constructor(
    private readonly rules: RulesService,
    private readonly previews: RulesPreviewService,
  ) {}

  @Get()
  @Roles('hq', 'admin', 'compliance')
  @ApiOkResponse({ type: RulesDto })
  async get(): Promise<RulesDto> {
    const active = await this.rules.active();
    const changelog = await this.rules.changelog();
    return { version: active.version, rules: { ...active.rules }, changelog: changelog.map(toVersionDto) };
  }

  @Put()
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: RulesDto })
  async update(@CurrentActor() actor: Actor, @Body() dto: UpdateRulesDto): Promise<RulesDto> {
    await this.rules.update(actor, dto.rules, dto.changeNote);
    return this.get();
  }

  @Post('preview')
  @HttpCode(200)
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: RulesPreviewDto })
  preview(@Body() dto: PreviewRulesDto): Promise<RulesPreviewDto> {
    return this.previews.preview(dto.rules);
  }
}
