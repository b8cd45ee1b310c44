import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { notFound } from '../../../common/errors/app-error.js';
import type { SentVersionInfo } from '../../compliance/send-gate/send-gate.types.js';
import { Material, MaterialVariant, MaterialVersion } from '../../library/entities/material.entities.js';
import { cardDescription, type OutgoingMessage, presentationOf } from './outgoing-message.js';

/**
 * Turns a send the gate allowed into the channel-independent message: the gate's outgoing text for a
 * script; for a material the card fields of exactly the approved version (and framing variant) the gate
 * chose, with the gate's text (summary, disclaimer appended) as the card description.
 */
@Injectable()
export class OutreachContentService {
  constructor(
    @InjectRepository(Material) private readonly materials: Repository<Material>,
    @InjectRepository(MaterialVersion) private readonly versions: Repository<MaterialVersion>,
    @InjectRepository(MaterialVariant) private readonly variants: Repository<MaterialVariant>,
  ) {}

  async messageFor(version: SentVersionInfo, outgoingText: string | null): Promise<OutgoingMessage> {
    if (version.kind === 'script') return { text: outgoingText, material: null };
    const row = await this.versions.findOneBy({ id: version.versionId });
    const material = await this.materials.findOneBy({ id: version.contentId });
    if (!row || !material) throw notFound('素材');
    const variant = version.variant ? await this.variants.findOneBy({ id: version.variant.id }) : null;
    const title = variant?.title ?? row.title;
    return {
      text: null,
      material: {
        type: material.type,
        presentation: presentationOf(material.type),
        title,
        desc: cardDescription(outgoingText ?? variant?.summary ?? row.summary ?? title),
        coverKey: row.coverKey,
        fileKey: row.fileKey,
        miniProgram: row.miniProgram,
      },
    };
  }
}
