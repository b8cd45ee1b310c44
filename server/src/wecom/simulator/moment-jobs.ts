import { randomBytes } from 'node:crypto';
import type { MomentTaskResult } from '../gateway/wecom-gateway.types.js';
import type { Directory } from './directory.js';
import type { MediaStore } from './media-store.js';
import { invalidParameter } from './simulated-error.js';

interface MomentAttachment {
  msgtype?: string;
  image?: { media_id?: string };
  video?: { media_id?: string };
  link?: { title?: string; url?: string; media_id?: string };
}

export interface AddMomentTaskBody {
  text?: { content?: string };
  attachments?: MomentAttachment[];
  visible_range?: { sender_list?: { user_list?: string[]; department_list?: number[] }; external_contact_list?: { tag_list?: string[] } };
}

interface MomentJob {
  polls: number;
  result: NonNullable<MomentTaskResult['result']>;
}

const MAX_TEXT_BYTES = 4_000;
const MAX_IMAGES = 9;

/** add_moment_task jobs: each poll of get_moment_task_result moves the job on, 1 started → 2 running → 3 done. */
export class MomentJobs {
  private readonly jobs = new Map<string, MomentJob>();

  constructor(
    private readonly directory: Directory,
    private readonly media: MediaStore,
  ) {}

  add(body: AddMomentTaskBody): { jobid: string } {
    const attachments = body.attachments ?? [];
    const text = body.text?.content ?? '';
    if (!text && attachments.length === 0) invalidParameter('text and attachments are both empty');
    if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES) invalidParameter('text.content exceeds 4000 bytes');
    this.validateAttachments(attachments);
    const senders = body.visible_range?.sender_list?.user_list ?? [];
    const tags = body.visible_range?.external_contact_list?.tag_list ?? [];
    const knownTags = new Set(this.directory.tagGroups.flatMap((g) => g.tag.map((t) => t.id)));
    const jobid = `job${randomBytes(12).toString('base64url')}`;
    this.jobs.set(jobid, {
      polls: 0,
      result: {
        errcode: 0,
        errmsg: 'ok',
        moment_id: `mom${randomBytes(12).toString('base64url')}`,
        invalid_sender_list: { user_list: senders.filter((u) => !this.directory.members.has(u)) },
        invalid_external_contact_list: { tag_list: tags.filter((t) => !knownTags.has(t)) },
      },
    });
    return { jobid };
  }

  poll(jobid: string | null): MomentTaskResult {
    const job = jobid ? this.jobs.get(jobid) : undefined;
    if (!job) invalidParameter('invalid jobid');
    job.polls++;
    const status = Math.min(3, job.polls) as MomentTaskResult['status'];
    return { status, type: 'add_moment_task', result: status === 3 ? job.result : undefined };
  }

  /** Images ×≤9, or 1 video, or 1 link — never mixed; media from upload_attachment with attachment_type=1 (WECOM.md §4.5). */
  private validateAttachments(attachments: MomentAttachment[]): void {
    const kinds = new Set(attachments.map((a) => a.msgtype));
    if (kinds.size > 1) invalidParameter('invalid attachments msgtype');
    const kind = attachments[0]?.msgtype;
    if (kind === undefined) return;
    if (kind === 'image' && attachments.length > MAX_IMAGES) invalidParameter('at most 9 images');
    if ((kind === 'video' || kind === 'link') && attachments.length > 1) invalidParameter(`at most 1 ${kind}`);
    if (kind !== 'image' && kind !== 'video' && kind !== 'link') invalidParameter('invalid attachments msgtype');
    for (const attachment of attachments) {
      const mediaId = attachment.image?.media_id ?? attachment.video?.media_id ?? attachment.link?.media_id;
      if (kind === 'link' && !attachment.link?.url) invalidParameter('link.url is required');
      if (!mediaId || this.media.find(mediaId)?.attachmentType !== 1) invalidParameter(`invalid media_id for moments: ${mediaId ?? ''}`);
    }
  }
}
