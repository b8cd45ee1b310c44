import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { notFound } from '../../../common/errors/app-error.js';
import type { SentVersionInfo } from '../../compliance/send-gate/send-gate.types.js';
import { Material, MaterialVariant, MaterialVersion } from '../../library/entities/material.entities.js';
import { cardDescription, type OutgoingMaterial, type OutgoingMessage, presentationOf } from './outgoing-message.js';

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
    return composeMessage(await this.cardOf(version), outgoingText);
  }

  /** The card fields of a material version (and variant); null for a script. */
  async cardOf(version: SentVersionInfo): Promise<MaterialCard | null> {
    if (version.kind === 'script') return null;
    const row = await this.versions.findOneBy({ id: version.versionId });
    const material = await this.materials.findOneBy({ id: version.contentId });
    if (!row || !material) throw notFound('素材');
    const variant = version.variant ? await this.variants.findOneBy({ id: version.variant.id }) : null;
    const title = variant?.title ?? row.title;
    return {
      type: material.type,
      presentation: presentationOf(material.type),
      title,
      fallbackDesc: variant?.summary ?? row.summary ?? title,
      coverKey: row.coverKey,
      fileKey: row.fileKey,
      miniProgram: row.miniProgram,
    };
  }
}

export type MaterialCard = Omit<OutgoingMaterial, 'desc'> & { fallbackDesc: string };

/** The gate's outgoing text goes into the chat for a script, and becomes the card description for a material. */
export function composeMessage(card: MaterialCard | null, outgoingText: string | null): OutgoingMessage {
  if (!card) return { text: outgoingText, material: null };
  const { fallbackDesc, ...fields } = card;
  return { text: null, material: { ...fields, desc: cardDescription(outgoingText ?? fallbackDesc) } };
}
