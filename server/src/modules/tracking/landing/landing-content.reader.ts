import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { buildDisclaimer, type DisclaimerContentType } from '../../compliance/rules/disclaimers.js';
import { decideSendability } from '../../compliance/rules/sendability.js';
import { ComplianceSettingsService } from '../../compliance/settings/compliance-settings.service.js';
import { sanitizeHtml } from '../../library/content/html-sanitizer.js';
import { Material, MaterialVariant, MaterialVersion } from '../../library/entities/material.entities.js';
import { ScriptVersion } from '../../library/entities/script.entities.js';
import { StoredFile } from '../../library/entities/stored-file.entities.js';
import type { MaterialType } from '../../library/library.constants.js';
import { TrackedLink } from '../../outreach/sends/tracked-link.entity.js';
import { TtlCache } from '../../../common/cache/ttl-cache.js';

export type LandingKind = MaterialType | 'script';

export interface LandingFile {
  key: string;
  contentType: string;
  fileName: string;
}

/** What a landing page shows for one content version, read once and cached. */
export interface LandingContent {
  versionId: number;
  kind: LandingKind;
  title: string;
  summary: string | null;
  /** Sanitised again at read time (defence in depth: the library sanitises on save). */
  bodyHtml: string | null;
  /** Plain text for scripts. */
  bodyText: string | null;
  linkUrl: string | null;
  file: LandingFile | null;
  cover: LandingFile | null;
  miniProgramTitle: string | null;
  disclaimer: string | null;
  productCodes: string[];
  isProductRelated: boolean;
  /** Inputs of the availability check, evaluated on every request against the clock. */
  state: Parameters<typeof decideSendability>[0];
}

export interface LandingLink {
  token: string;
  sendId: number | null;
  clientId: number | null;
  staffId: number;
  versionId: number;
  kind: 'script' | 'material';
  variantId: number | null;
}

/** Tracked links never change; content only on retirement, so 30 s of staleness at most (expiry is exact). */
const LINK_TTL_MS = 10 * 60_000;
const CONTENT_TTL_MS = 30_000;

/**
 * Reads tracked links and the content versions they point to (library and outreach tables, read-only).
 * Every landing request and beacon goes through here, so both are cached in-process.
 */
@Injectable()
export class LandingContentReader {
  private readonly links = new TtlCache<string, LandingLink | null>(LINK_TTL_MS, 50_000);
  private readonly contents = new TtlCache<string, LandingContent | null>(CONTENT_TTL_MS, 5_000);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly complianceSettings: ComplianceSettingsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async link(token: string): Promise<LandingLink | null> {
    const now = this.clock.now().getTime();
    const cached = this.links.get(token, now);
    if (cached !== undefined) return cached;
    const row = await this.dataSource.getRepository(TrackedLink).findOneBy({ token });
    const link: LandingLink | null = row
      ? { token, sendId: row.sendId, clientId: row.clientId, staffId: row.staffId, versionId: row.versionId, kind: row.contentKind, variantId: row.variantId }
      : null;
    this.links.set(token, link, now);
    return link;
  }

  async content(link: LandingLink): Promise<LandingContent | null> {
    const now = this.clock.now().getTime();
    const key = `${link.kind}:${link.versionId}:${link.variantId ?? ''}`;
    const cached = this.contents.get(key, now);
    if (cached !== undefined) return cached;
    const content = link.kind === 'material' ? await this.loadMaterial(link) : await this.loadScript(link);
    this.contents.set(key, content, now);
    return content;
  }

  /** Available = approved and inside its validity window (the same rule as sending, DESIGN §3). */
  isAvailable(content: LandingContent): boolean {
    return decideSendability(content.state, this.clock.now()).sendable;
  }

  private async loadMaterial(link: LandingLink): Promise<LandingContent | null> {
    const version = await this.dataSource.getRepository(MaterialVersion).findOneBy({ id: link.versionId });
    if (!version) return null;
    const [material, variant] = await Promise.all([
      this.dataSource.getRepository(Material).findOneBy({ id: version.contentId }),
      link.variantId ? this.dataSource.getRepository(MaterialVariant).findOneBy({ id: link.variantId, materialVersionId: version.id }) : null,
    ]);
    if (!material) return null;
    const files = await this.files([version.fileKey, version.coverKey]);
    const body = variant?.bodyHtml ?? version.bodyHtml;
    return {
      versionId: version.id,
      kind: material.type,
      title: variant?.title ?? version.title,
      summary: variant?.summary ?? version.summary,
      bodyHtml: body ? sanitizeHtml(body) : null,
      bodyText: null,
      linkUrl: version.linkUrl,
      file: version.fileKey ? (files.get(version.fileKey) ?? null) : null,
      cover: version.coverKey ? (files.get(version.coverKey) ?? null) : null,
      miniProgramTitle: version.miniProgram?.title ?? null,
      disclaimer: await this.disclaimer(version.disclaimerType, Boolean(version.isProductRelated), version),
      productCodes: version.productCodes ?? [],
      isProductRelated: Boolean(version.isProductRelated),
      state: version,
    };
  }

  private async loadScript(link: LandingLink): Promise<LandingContent | null> {
    const version = await this.dataSource.getRepository(ScriptVersion).findOneBy({ id: link.versionId });
    if (!version) return null;
    return {
      versionId: version.id,
      kind: 'script',
      title: version.title,
      summary: null,
      bodyHtml: null,
      bodyText: version.body,
      linkUrl: null,
      file: null,
      cover: null,
      miniProgramTitle: null,
      disclaimer: await this.disclaimer(version.disclaimerType, Boolean(version.isProductRelated), version),
      productCodes: [],
      isProductRelated: Boolean(version.isProductRelated),
      state: version,
    };
  }

  private async disclaimer(type: DisclaimerContentType | null, isProductRelated: boolean, version: MaterialVersion | ScriptVersion): Promise<string | null> {
    const effective = type ?? (isProductRelated ? 'product' : null);
    if (!effective) return null;
    const settings = await this.complianceSettings.current();
    return buildDisclaimer(effective, { validUntil: version.validUntil, riskLevel: version.riskLevel }, settings.disclaimers) || null;
  }

  private async files(keys: (string | null)[]): Promise<Map<string, LandingFile>> {
    const wanted = keys.filter((key): key is string => Boolean(key));
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(StoredFile)
      .createQueryBuilder('f')
      .where('f.storage_key IN (:...wanted)', { wanted })
      .getMany();
    return new Map(rows.map((row) => [row.storageKey, { key: row.storageKey, contentType: row.contentType, fileName: row.fileName }]));
  }
}
