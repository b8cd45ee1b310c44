import { computed, ref, shallowRef, watch } from 'vue';
import { ApiError, describeApiError } from '@/api/api-error';
import type { ScreeningHit } from '@/api/compliance.types';
import { versionsApi } from '@/api/library';
import type { ContentKind, VersionHistory, VersionWorkflow } from '@/api/library.types';
import { zhCN } from '@/locales/zh-CN';
import { showErrorToast, showSuccessToast } from '@/utils/feedback';

/** The detail answer of a script or material: the newest version for curators, plus the one advisors send. */
export interface EditableContent {
  id: number;
  categoryId: number | null;
  approvedVersionId: number | null;
  version: VersionWorkflow;
  approvedVersion: VersionWorkflow | null;
}

export interface EditorAdapter<D extends EditableContent, F> {
  kind: ContentKind;
  empty(): F;
  formFrom(detail: D): F;
  get(id: number): Promise<D>;
  create(form: F): Promise<D>;
  update(id: number, form: F): Promise<D>;
  versions(id: number): Promise<VersionHistory>;
}

const snapshot = (value: unknown) => JSON.stringify(value);

function screeningHitsOf(error: ApiError): ScreeningHit[] {
  const details = error.details as { hits?: ScreeningHit[] } | undefined;
  return Array.isArray(details?.hits) ? details.hits : [];
}

/**
 * Editing a script or material: every save writes a new draft version on the server (or updates the current draft),
 * so approval always starts over. Submitting saves pending edits first, then asks for review; screening refusals
 * (SCREENING_BLOCKED) come back with the offending wording, which the editor lists instead of a bare toast.
 */
export function useContentEditor<D extends EditableContent, F extends object>(adapter: EditorAdapter<D, F>) {
  const detail = shallowRef<D | null>(null);
  const form = ref(adapter.empty()) as { value: F };
  const savedSnapshot = ref(snapshot(form.value));
  const history = shallowRef<VersionHistory | null>(null);
  const loading = ref(false);
  const failed = ref(false);
  const saving = ref(false);
  const blockedHits = shallowRef<ScreeningHit[]>([]);

  const dirty = computed(() => snapshot(form.value) !== savedSnapshot.value);
  const latest = computed(() => detail.value?.version ?? null);
  const mayResubmit = computed(() => dirty.value || latest.value === null || latest.value.status === 'draft');

  function adopt(next: D): void {
    detail.value = next;
    form.value = adapter.formFrom(next);
    savedSnapshot.value = snapshot(form.value);
  }

  async function loadHistory(): Promise<void> {
    if (detail.value) history.value = await adapter.versions(detail.value.id).catch(() => null);
  }

  async function load(id: number): Promise<void> {
    loading.value = true;
    failed.value = false;
    try {
      adopt(await adapter.get(id));
      await loadHistory();
    } catch {
      failed.value = true;
    } finally {
      loading.value = false;
    }
  }

  /** Saves pending edits as a draft version; returns the content, or null when the server refused. */
  async function save(): Promise<D | null> {
    if (detail.value && !dirty.value) return detail.value;
    saving.value = true;
    try {
      const saved = detail.value ? await adapter.update(detail.value.id, form.value) : await adapter.create(form.value);
      adopt(saved);
      blockedHits.value = [];
      await loadHistory();
      return saved;
    } catch {
      return null;
    } finally {
      saving.value = false;
    }
  }

  async function saveDraft(): Promise<boolean> {
    const wasDirty = dirty.value || !detail.value;
    const saved = await save();
    if (saved && wasDirty) showSuccessToast(zhCN.content.editor.saved);
    return saved !== null;
  }

  async function submit(): Promise<boolean> {
    const saved = await save();
    if (!saved || saved.version.status !== 'draft') return false;
    saving.value = true;
    try {
      await versionsApi.submit(adapter.kind, saved.version.id, { silent: true });
      showSuccessToast(zhCN.content.editor.submitted);
      blockedHits.value = [];
      await load(saved.id);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.is('SCREENING_BLOCKED')) blockedHits.value = screeningHitsOf(error);
      else if (error instanceof ApiError) showErrorToast(describeApiError(error));
      return false;
    } finally {
      saving.value = false;
    }
  }

  async function retire(): Promise<void> {
    const versionId = detail.value?.approvedVersionId;
    if (!detail.value || !versionId) return;
    await versionsApi.retire(adapter.kind, versionId);
    showSuccessToast(zhCN.content.editor.retired);
    await load(detail.value.id);
  }

  // A new edit makes an earlier screening refusal stale.
  watch(dirty, (isDirty) => {
    if (isDirty) blockedHits.value = [];
  });

  return { detail, form, history, loading, failed, saving, dirty, latest, mayResubmit, blockedHits, load, saveDraft, submit, retire };
}

/** The state and actions of one open script or material, as `useContentEditor` returns them. */
export type ContentEditor<D extends EditableContent, F extends object> = ReturnType<typeof useContentEditor<D, F>>;
