import type {
  WecomCorpTagGroup,
  WecomDepartment,
  WecomExternalContactDetail,
  WecomGroupChat,
  WecomMember,
} from '../gateway/wecom-gateway.types.js';

/** What the simulated corp starts with; every list is optional and copied, never shared with the caller. */
export interface SimulatorSeed {
  departments?: WecomDepartment[];
  members?: WecomMember[];
  /** Each customer with the members who follow them (the follow relation WeCom keeps per member). */
  externalContacts?: WecomExternalContactDetail[];
  corpTags?: WecomCorpTagGroup[];
  groupChats?: WecomGroupChat[];
}

export function cloneSeed(seed: SimulatorSeed | undefined): Required<SimulatorSeed> {
  const copy = structuredClone(seed ?? {});
  return {
    departments: copy.departments ?? [{ id: 1, name: '总部', parentid: 0 }],
    members: copy.members ?? [],
    externalContacts: copy.externalContacts ?? [],
    corpTags: copy.corpTags ?? [],
    groupChats: copy.groupChats ?? [],
  };
}
