import { createHash } from 'node:crypto';
import type { AppMessage, UserBehaviorData } from '../../gateway/wecom-gateway.types.js';
import { jsonBody, multipartFile, type QyapiRoute } from '../http.js';
import type { AddMomentTaskBody } from '../moment-jobs.js';
import { invalidParameter, SIM_ERRCODE, wecomFail } from '../simulated-error.js';

const DAY_S = 86_400;
/** get_user_behavior_data: at most 30 days per query, only the last 180 days (WECOM.md §4.7). */
const MAX_SPAN_DAYS = 30;
const MAX_AGE_DAYS = 180;

/** Media, moments, app messages and statistics. */
export const contentRoutes: QyapiRoute[] = [
  {
    method: 'POST',
    endpoint: 'media/upload',
    handle: (req, state) => {
      const file = multipartFile(req, 'media');
      return state.media.store({ type: req.query.get('type'), filename: file.filename, contentType: file.contentType, size: file.data.length });
    },
  },
  {
    method: 'POST',
    endpoint: 'media/upload_attachment',
    handle: (req, state) => {
      const attachmentType = Number(req.query.get('attachment_type'));
      if (attachmentType !== 1 && attachmentType !== 2) invalidParameter('attachment_type must be 1 or 2');
      const type = req.query.get('media_type');
      // Moments accept image or video only (WECOM.md §4.8).
      if (attachmentType === 1 && type !== 'image' && type !== 'video') invalidParameter('moments accept image or video');
      const file = multipartFile(req, 'media');
      return state.media.store({ type, filename: file.filename, contentType: file.contentType, size: file.data.length, attachmentType });
    },
  },
  { method: 'POST', endpoint: 'externalcontact/add_moment_task', handle: (req, state) => state.moments.add(jsonBody<AddMomentTaskBody>(req)) },
  { method: 'GET', endpoint: 'externalcontact/get_moment_task_result', handle: (req, state) => state.moments.poll(req.query.get('jobid')) },
  {
    method: 'POST',
    endpoint: 'message/send',
    handle: (req, state) => {
      const message = jsonBody<AppMessage & { agentid: number }>(req);
      if (String(message.agentid) !== state.agentId) wecomFail(SIM_ERRCODE.INVALID_AGENT_ID, 'invalid agentid');
      if (!message.touser || (message.msgtype !== 'text' && message.msgtype !== 'textcard')) invalidParameter('touser and msgtype are required');
      const users = message.touser.split('|');
      const invalid = users.filter((u) => !state.directory.members.has(u));
      state.appMessages.push({ message: message as AppMessage & { agentid: number }, sentAt: state.now() });
      return { invaliduser: invalid.join('|') };
    },
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/get_user_behavior_data',
    handle: (req, state) => {
      const body = jsonBody<{ userid: string[]; partyid: number[]; start_time: number; end_time: number }>(req);
      const userids = body.userid ?? [];
      if (userids.length === 0 && (body.partyid ?? []).length === 0) invalidParameter('userid and partyid are both empty');
      const start = floorToChinaDay(body.start_time ?? 0);
      const end = floorToChinaDay(body.end_time ?? 0);
      const nowDay = floorToChinaDay(Math.floor(state.now() / 1000));
      if (end < start || end - start > (MAX_SPAN_DAYS - 1) * DAY_S) invalidParameter('time span must be at most 30 days');
      if (start < nowDay - MAX_AGE_DAYS * DAY_S) invalidParameter('only the last 180 days are available');
      const behavior_data: UserBehaviorData[] = [];
      for (let day = start; day <= end; day += DAY_S) behavior_data.push(aggregate(userids, day));
      return { behavior_data };
    },
  },
];

/** Stable pseudo-statistics per member and day, summed over members as WeCom aggregates them. */
function aggregate(userids: string[], day: number): UserBehaviorData {
  const total: UserBehaviorData = { stat_time: day, chat_cnt: 0, message_cnt: 0, negative_feedback_cnt: 0, new_apply_cnt: 0, new_contact_cnt: 0, reply_percentage: 0, avg_reply_time: 0 };
  for (const userid of userids) {
    const h = createHash('sha1').update(`${userid}:${day}`).digest();
    total.chat_cnt += h.readUInt8(0) % 30;
    total.message_cnt += h.readUInt8(1) % 120;
    total.new_apply_cnt += h.readUInt8(2) % 5;
    total.new_contact_cnt += h.readUInt8(3) % 4;
    total.negative_feedback_cnt += h.readUInt8(4) % 2;
    total.reply_percentage = 60 + (h.readUInt8(5) % 40);
    total.avg_reply_time = 1 + (h.readUInt8(6) % 30);
  }
  return total;
}

function floorToChinaDay(epochSeconds: number): number {
  const offset = 8 * 3600;
  return Math.floor((epochSeconds + offset) / DAY_S) * DAY_S - offset;
}
