import * as ww from '@wecom/jssdk';

/*
 * The JS-SDK functions the sidebar uses, named here so the bundler keeps only these (a dynamic
 * `import('@wecom/jssdk')` namespace would keep all ~300 exports). Only ever loaded through
 * jssdk-loader.ts, never imported statically.
 */
export const wecomSdk = {
  register: ww.register,
  getContext: ww.getContext,
  getCurExternalContact: ww.getCurExternalContact,
  getCurExternalChat: ww.getCurExternalChat,
  sendChatMessage: ww.sendChatMessage,
  shareToExternalContact: ww.shareToExternalContact,
  shareToExternalChat: ww.shareToExternalChat,
  shareToExternalMoments: ww.shareToExternalMoments,
  openEnterpriseChat: ww.openEnterpriseChat,
  openExistedChatWithMsg: ww.openExistedChatWithMsg,
  navigateToAddCustomer: ww.navigateToAddCustomer,
  selectExternalContact: ww.selectExternalContact,
  openUserProfile: ww.openUserProfile,
};
