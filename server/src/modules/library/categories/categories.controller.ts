import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { CategoryDto, CategoryQuery, CreateCategoryInput, UpdateCategoryInput } from './categories.dto.js';
import { CategoriesService } from './categories.service.js';

@ApiTags('library')
@Controller('api/library/categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  @Get()
  @ApiOkResponse({ type: [CategoryDto] })
  list(@Query() query: CategoryQuery): Promise<CategoryDto[]> {
    return this.categories.list(query.kind);
  }

  @Post()
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: CategoryDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCategoryInput): Promise<CategoryDto> {
    return this.categories.create(actor, body);
  }

  @Put(':id')
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: CategoryDto })
  update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: UpdateCategoryInput): Promise<CategoryDto> {
    return this.categories.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('hq', 'admin')
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<void> {
    return this.categories.remove(actor, id);
  }
}
