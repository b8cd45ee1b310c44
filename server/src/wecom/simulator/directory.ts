import type {
  WecomCorpTagGroup,
  WecomDepartment,
  WecomExternalContact,
  WecomFollowUser,
  WecomGroupChat,
  WecomMember,
} from '../gateway/wecom-gateway.types.js';
import { cloneSeed, type SimulatorSeed } from './seed.js';
import { invalidParameter, SIM_ERRCODE, wecomFail } from './simulated-error.js';

interface ContactRecord {
  contact: WecomExternalContact;
  follows: WecomFollowUser[];
}

/** The simulated corp: departments, members, customers with their follow relations, corp tags, group chats. */
export class Directory {
  readonly departments: WecomDepartment[];
  readonly members = new Map<string, WecomMember>();
  readonly tagGroups: WecomCorpTagGroup[];
  readonly groupChats = new Map<string, WecomGroupChat>();
  private readonly contacts = new Map<string, ContactRecord>();

  constructor(seed: SimulatorSeed | undefined) {
    const data = cloneSeed(seed);
    this.departments = data.departments;
    this.tagGroups = data.corpTags;
    for (const member of data.members) this.members.set(member.userid, member);
    for (const detail of data.externalContacts) {
      this.contacts.set(detail.external_contact.external_userid, { contact: detail.external_contact, follows: detail.follow_user });
    }
    for (const chat of data.groupChats) this.groupChats.set(chat.chat_id, chat);
  }

  requireMember(userid: string | null | undefined): WecomMember {
    const member = userid ? this.members.get(userid) : undefined;
    if (!member) wecomFail(SIM_ERRCODE.USERID_NOT_FOUND, `userid not found: ${userid ?? ''}`);
    return member;
  }

  requireContact(externalUserId: string | null | undefined): ContactRecord {
    const record = externalUserId ? this.contacts.get(externalUserId) : undefined;
    if (!record) wecomFail(SIM_ERRCODE.INVALID_EXTERNAL_USERID, 'invalid external_userid');
    return record;
  }

  findContact(externalUserId: string): ContactRecord | undefined {
    return this.contacts.get(externalUserId);
  }

  /** External user ids the member currently follows, in the order they were added. */
  contactIdsOf(userid: string): string[] {
    const ids: string[] = [];
    for (const [id, record] of this.contacts) if (record.follows.some((f) => f.userid === userid)) ids.push(id);
    return ids;
  }

  follow(userid: string, externalUserId: string): WecomFollowUser | undefined {
    return this.contacts.get(externalUserId)?.follows.find((f) => f.userid === userid);
  }

  /** The member who most recently added the customer: WeCom sends a mass message only from "最后跟客户进行聊天互动的企业成员". */
  latestFollower(externalUserId: string): string | undefined {
    const follows = this.contacts.get(externalUserId)?.follows ?? [];
    return [...follows].sort((a, b) => b.createtime - a.createtime)[0]?.userid;
  }

  addFollow(contact: WecomExternalContact, follow: WecomFollowUser): void {
    const record = this.contacts.get(contact.external_userid) ?? { contact, follows: [] };
    record.follows = record.follows.filter((f) => f.userid !== follow.userid).concat(follow);
    this.contacts.set(contact.external_userid, record);
  }

  removeFollow(userid: string, externalUserId: string): void {
    const record = this.contacts.get(externalUserId);
    if (record) record.follows = record.follows.filter((f) => f.userid !== userid);
  }

  markTag(userid: string, externalUserId: string, addTag: string[], removeTag: string[]): void {
    const follow = this.follow(userid, externalUserId);
    if (!follow) wecomFail(SIM_ERRCODE.NO_EXTERNAL_CONTACT, 'external contact relationship not found');
    const tags = (follow.tags ?? []).filter((t) => !t.tag_id || !removeTag.includes(t.tag_id));
    for (const tagId of addTag) {
      const found = this.findTag(tagId);
      if (!found) invalidParameter(`invalid tag_id: ${tagId}`);
      if (!tags.some((t) => t.tag_id === tagId)) tags.push({ group_name: found.group, tag_name: found.name, tag_id: tagId, type: 1 });
    }
    follow.tags = tags;
  }

  private findTag(tagId: string): { group: string; name: string } | undefined {
    for (const group of this.tagGroups) {
      const tag = group.tag.find((t) => t.id === tagId && !t.deleted);
      if (tag) return { group: group.group_name, name: tag.name };
    }
    return undefined;
  }
}
