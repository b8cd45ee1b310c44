import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import { LoadingCache } from '../../../common/cache/ttl-cache.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { notFound } from '../../../common/errors/app-error.js';
import { chooseSendableVersion } from '../../compliance/rules/sendability.js';
import type { GateContent, SendableContentSource } from '../../compliance/send-gate/sendable-content-source.js';
import type { MaterialVariant, MaterialVersion } from '../entities/material.entities.js';
import type { ScriptVersion } from '../entities/script.entities.js';
import type { ContentKind } from '../library.constants.js';
import { type AnyItem, type AnyVersion, ContentStore } from '../versions/content-store.js';

export interface SendableCandidate {
  item: AnyItem;
  /** The sendable version row, for its tagging (archetypes, narrative, lifecycle). */
  version: AnyVersion;
  content: GateContent;
  variants: MaterialVariant[];
}

/**
 * Library content as the send gate sees it (SENDABLE_CONTENT): the version an advisor would send now,
 * chosen by chooseSendableVersion — the previous approval stays in use while a newer version waits
 * for review, and stops once the newer one is approved.
 */
/** Every ever-approved version of one kind with what ranking needs, as read from the database. */
interface ApprovedLibrary {
  versionsByContent: AnyVersion[][];
  items: ReadonlyMap<number, AnyItem>;
  variants: ReadonlyMap<number, MaterialVariant[]>;
  names: ReadonlyMap<number, string>;
}

const LIBRARY_TTL_MS = 5_000;

@Injectable()
export class SendableContentService implements SendableContentSource {
  private readonly libraries = new LoadingCache<ContentKind, ApprovedLibrary>(LIBRARY_TTL_MS, 2);

  constructor(
    private readonly store: ContentStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async load(kind: ContentKind, contentId: number, variantId?: number | null): Promise<GateContent> {
    await this.store.item(kind, contentId);
    const versions = await this.store.versionsOf(kind, contentId);
    const chosen = chooseSendableVersion(versions, this.clock.now());
    // Nothing sendable: report on the version that explains why (newest ever approved, else the newest).
    const shown = chosen ?? [...versions].reverse().find((version) => version.approvedAt !== null) ?? versions.at(-1);
    if (!shown) throw notFound(this.store.label(kind));
    const variants = kind === 'material' ? ((await this.store.variantsOf([shown.id])).get(shown.id) ?? []) : [];
    const variant = variantId ? variants.find((candidate) => candidate.id === variantId) : undefined;
    if (variantId && !variant) throw notFound('素材框架版本');
    const names = await this.store.staffNames([shown.approvedBy]);
    return toGateContent(kind, shown, chosen !== null, variant ?? null, names);
  }

  /**
   * Every item with a sendable version, for ranking (library sizes: thousands of rows at most). Every profile view
   * ranks the whole library, so the rows are shared for a few seconds; which version is sendable is still decided on
   * every call against the clock, approvals and retirements in this process drop the cache at once, and the send
   * itself re-reads the content through load().
   */
  async sendableCandidates(kind: ContentKind): Promise<SendableCandidate[]> {
    const library = await this.libraries.get(kind, () => this.loadApprovedLibrary(kind));
    const now = this.clock.now();
    return library.versionsByContent.flatMap((versions) => {
      const version = chooseSendableVersion(versions, now);
      const item = version ? library.items.get(version.contentId) : undefined;
      if (!version || !item) return [];
      return [{ item, version, content: toGateContent(kind, version, true, null, library.names), variants: library.variants.get(version.id) ?? [] }];
    });
  }

  /** Drops the shared library rows (a version was approved, rejected or retired). */
  invalidate(kind: ContentKind): void {
    this.libraries.delete(kind);
  }

  private async loadApprovedLibrary(kind: ContentKind): Promise<ApprovedLibrary> {
    const everApproved = (await this.store.versions(kind).find({ where: { approvedAt: Not(IsNull()) } })) as AnyVersion[];
    const byContent = new Map<number, AnyVersion[]>();
    for (const version of everApproved) byContent.set(version.contentId, [...(byContent.get(version.contentId) ?? []), version]);
    if (everApproved.length === 0) return { versionsByContent: [], items: new Map(), variants: new Map(), names: new Map() };
    const items = new Map((await this.store.items(kind).findBy({ id: In([...byContent.keys()]) })).map((item) => [item.id, item as AnyItem]));
    const variants = kind === 'material' ? await this.store.variantsOf(everApproved.map((version) => version.id)) : new Map<number, MaterialVariant[]>();
    const names = await this.store.staffNames(everApproved.map((version) => version.approvedBy));
    return { versionsByContent: [...byContent.values()], items, variants, names };
  }

  /** The same content with one of its framing variants chosen. */
  withVariant(content: GateContent, variant: MaterialVariant | null): GateContent {
    return variant ? applyVariant(content, variant) : content;
  }
}

function toGateContent(kind: ContentKind, version: AnyVersion, sendable: boolean, variant: MaterialVariant | null, names: ReadonlyMap<number, string>): GateContent {
  const base: GateContent = {
    kind,
    contentId: version.contentId,
    version: {
      id: version.id,
      versionNo: version.versionNo,
      title: version.title,
      status: version.status,
      validFrom: version.validFrom,
      validUntil: version.validUntil,
      approvedBy: version.approvedBy,
      approvedAt: version.approvedAt,
      riskLevel: version.riskLevel,
      isProductRelated: Boolean(version.isProductRelated),
      disclaimerType: version.disclaimerType,
      approverName: version.approvedBy === null ? null : (names.get(version.approvedBy) ?? null),
    },
    sendable,
    text: kind === 'script' ? (version as ScriptVersion).body : ((version as MaterialVersion).summary ?? version.title),
    isTemplate: kind === 'script',
    productName: kind === 'script' ? (version as ScriptVersion).productName : null,
    variant: null,
  };
  return variant ? applyVariant(base, variant) : base;
}

/** A framing variant replaces the text that goes with the send; approval stays the version's. */
function applyVariant(content: GateContent, variant: MaterialVariant): GateContent {
  return { ...content, text: variant.summary ?? variant.title, variant: { id: variant.id, framing: variant.framing, title: variant.title } };
}
