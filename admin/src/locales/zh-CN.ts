/**
 * Every user-facing string of the admin app, in Simplified Chinese. Error texts come from contracts/error-codes.
 * Feature sections live in ./sections/ so this file stays readable; they are part of the same `zhCN` object.
 */
import { analyticsCopy, auditCopy } from './sections/analytics';
import { audienceCopy } from './sections/audience';
import { campaignsCopy, settingsCopy } from './sections/outreach';
import { complianceCopy } from './sections/compliance';
import { contentCopy } from './sections/content';
import { labels } from './sections/labels';

export interface UpcomingPageCopy {
  /** One sentence on what the page is for. */
  summary: string;
  /** What the page will hold once its API lands. */
  features: readonly string[];
}

export const zhCN = {
  brand: {
    name: '价值透镜',
    nameEn: 'ValueLens',
    subtitle: '券商企业微信价值观画像与合规触达平台',
  },
  common: {
    retry: '重新加载',
    search: '查询',
    loadFailed: '数据加载失败',
    backToWorkbench: '返回工作台',
    comingSoon: '建设中',
    save: '保存',
    cancel: '取消',
    confirm: '确定',
    edit: '编辑',
    delete: '删除',
    close: '关闭',
    actions: '操作',
    all: '全部',
    none: '—',
    reset: '重置',
    refresh: '刷新',
    export: '导出 CSV',
    yes: '是',
    no: '否',
    saved: '已保存',
  },
  labels,
  content: contentCopy,
  compliance: complianceCopy,
  audience: audienceCopy,
  campaigns: campaignsCopy,
  analytics: analyticsCopy,
  audit: auditCopy,
  settings: settingsCopy,
  errors: {
    network: '网络连接失败，请检查网络后重试',
    requestId: (id: string) => `（请求编号：${id}）`,
  },
  login: {
    title: '登录管理后台',
    hint: '请使用总部分配的员工账号登录',
    username: '用户名',
    usernamePlaceholder: '请输入用户名',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登 录',
    submitting: '正在登录…',
    lockedUntil: (when: string) => `登录失败次数过多，账号已临时锁定，将于 ${when} 自动解锁`,
    auditNotice: '仅限授权员工使用，登录与操作行为将被记录审计',
    highlights: [
      { title: '价值观画像', text: '从行为与持仓识别客户的投资价值取向，理解“为什么这样做”' },
      { title: '合规前置', text: '话术与素材逐版审批，发送前校验适当性、频次与禁用表述' },
      { title: '触达可追踪', text: '一键发送到企业微信会话，打开、阅读与后续行为全程留痕' },
    ],
    copyright: '© 价值透镜 ValueLens',
  },
  layout: {
    collapse: '收起菜单',
    expand: '展开菜单',
    logout: '退出登录',
    loggedOut: '已安全退出',
  },
  menu: {
    dashboard: '工作台',
    content: '内容库',
    scripts: '话术',
    materials: '素材',
    activities: '活动',
    compliance: '合规',
    approvals: '审批队列',
    lexicon: '禁用词库',
    auditLog: '审计日志',
    complianceSettings: '合规设置',
    audience: '客户与画像',
    clients: '客户',
    tagRules: '标签规则',
    segments: '客群',
    campaigns: '营销活动',
    teamAnalytics: '团队分析',
    settings: '设置',
    org: '组织架构',
    wecomCheck: '企业微信配置检查',
    apiKeys: 'API Key',
    jobs: '任务队列',
  },
  dashboard: {
    greeting: (name: string) => `您好，${name}`,
    intro: '以下为当前权限范围内的业务概况',
    clients: '客户总数',
    clientsHint: '已建立企业微信好友关系的客户',
    advisors: '投资顾问',
    advisorsHint: '在职并开通价值透镜的投顾',
    departments: '部门 / 营业部',
    departmentsHint: '组织架构中的部门数量',
    followsActive: '有效好友关系',
    followsActiveHint: '投顾与客户间当前有效的好友关系',
    wecomMode: '企业微信连接',
    modeSimulator: '模拟器模式',
    modeSimulatorHint: '连接内置企业微信模拟器，页面数据为演示数据',
    modeLive: '正式环境',
    modeLiveHint: '已连接企业微信正式接口',
    quickAccess: {
      title: '快速入口',
      description: '当前角色可使用的功能模块',
      /** One line per menu section (by section key) or top-level page (by path). */
      summaries: {
        content: '话术、素材与活动的版本管理',
        compliance: '内容审批、禁用词与审计日志',
        audience: '客户画像、标签规则与客群',
        '/campaigns': '总部活动与投顾群发任务',
        '/analytics/team': '投顾与营业部的触达与转化',
        settings: '组织架构与系统配置',
      } as Record<string, string>,
      pages: (n: number) => `${n} 个页面`,
    },
    status: {
      title: '系统状态',
      wecom: '企业微信连接',
      dataScope: '数据范围',
      sessionExpires: '登录有效期至',
      openWecomCheck: '企业微信配置检查',
      askAdmin: '企业微信接入配置由系统管理员维护',
    },
    /** What the figures above cover for each role (DESIGN: access rules). */
    dataScopes: {
      advisor: '本人跟进的客户',
      manager: '本部门及下级部门',
      hq: '全公司',
      compliance: '全公司',
      admin: '全公司',
    },
  },
  org: {
    intro: '部门与成员由企业微信同步；选择部门可查看其下全部员工（含下级部门）。',
    departments: '部门',
    filterDepartments: '筛选部门',
    noDepartments: '暂无部门，请先从企业微信同步组织架构',
    staffTitle: (department: string) => `${department} · 员工`,
    allStaff: '全部员工',
    includesSubDepartments: '含下级部门',
    treeCountNote: '人数含下级部门',
    departmentCountTitle: (direct: number, subtree: number) =>
      direct === subtree ? `本部门 ${direct} 人` : `本部门 ${direct} 人，含下级部门共 ${subtree} 人`,
    searchPlaceholder: '姓名 / 登录账号 / 企业微信账号',
    columns: {
      name: '姓名',
      username: '登录账号',
      usernameLine: (username: string) => `登录账号 ${username}`,
      role: '角色',
      wecomUserId: '企业微信账号',
      department: '所属部门',
      clientCount: '客户数',
      status: '状态',
    },
    noStaff: '该部门下暂无员工',
    staffCount: (n: number) => `${n} 人`,
    statuses: {
      active: '在职',
      disabled: '已停用',
      inactive: '未激活',
      left: '已离职',
    } as Record<string, string>,
    sync: {
      button: '从企业微信同步',
      confirmTitle: '同步组织架构',
      confirm: '将从企业微信拉取部门、成员、客户关系与企业标签，可能需要数分钟。确定开始同步吗？',
      waiting: '同步任务排队中…',
      active: '正在从企业微信同步组织架构…',
      completed: '同步完成',
      failed: '同步失败',
      summary: (r: { departments: number; staff: number; clients: number; follows: number; corpTags: number }) =>
        `部门 ${r.departments} 个、员工 ${r.staff} 人、客户 ${r.clients} 位、好友关系 ${r.follows} 条、企业标签 ${r.corpTags} 个`,
    },
  },
  wecomCheck: {
    intro: '逐项检查企业微信自建应用的配置，确保侧边栏授权、JS-SDK 签名与回调可以正常工作。',
    recheck: '重新检查',
    modeSimulator: '模拟器模式',
    modeLive: '正式环境',
    simulatorNoticeTitle: '当前未配置企业微信密钥，系统使用内置模拟器运行',
    simulatorNotice: '接入正式企业微信，请配置 WECOM_CORP_ID、WECOM_AGENT_ID、WECOM_SECRET 等环境变量后重启服务。',
    passed: '通过',
    failed: '未通过',
    summary: (passed: number, total: number) => `共 ${total} 项检查，${passed} 项通过`,
    allPassed: '全部检查通过',
    needsAttention: (n: number) => `${n} 项需要处理`,
    hint: '处理建议',
    empty: '暂无检查项',
  },
  forbidden: {
    title: '没有访问权限',
    description: (role: string) => `您当前的角色（${role}）无权访问该页面。如需开通，请联系系统管理员。`,
  },
  notFound: {
    title: '页面不存在',
    description: '您访问的页面不存在或已被移除，请检查地址，或从左侧菜单进入。',
  },
  upcoming: {
    willHold: '本页将提供',
    status: '该功能正在开发中，上线后将在此处直接使用，菜单位置不变。',
    scripts: {
      summary: '统一管理投顾在会话中使用的标准话术，按价值观类型、表达框架与风险等级打标。',
      features: ['话术分类与检索，按客户价值观类型筛选', '版本管理：每个版本提交合规审批后方可发送', '使用与转化统计：被发送次数、客户打开与回复情况'],
    },
    materials: {
      summary: '管理可一键发送到企业微信会话的图文、文章、研报与海报素材。',
      features: ['素材上传与预览，设置有效期与适用风险等级', '自动附加风险揭示与免责声明', '追踪链接的打开、阅读时长与转发数据'],
    },
    activities: {
      summary: '管理投教直播、线下沙龙等活动，供投顾邀约客户参与。',
      features: ['活动信息、报名入口与海报配置', '投顾邀约与客户报名名单', '到场与转化情况统计'],
    },
    approvals: {
      summary: '合规人员逐版审核话术与素材，审批通过的版本才能被投顾发送。',
      features: ['待审、已通过、已驳回队列与筛选', '版本差异对比与禁用表述命中提示', '审批意见记录，提交人不能审批自己的内容'],
    },
    lexicon: {
      summary: '维护发送前筛查使用的禁用词与提示词库（如“保本”“稳赚”“零风险”）。',
      features: ['按类别维护词条：拦截或提醒', '词条启停与变更记录', '命中统计：哪些表述最常被拦截'],
    },
    clients: {
      summary: '查看权限范围内的客户、风险等级、跟进投顾与价值观画像。',
      features: ['客户列表与多条件筛选（风险等级、价值观类型、生命周期）', '客户详情：画像、持仓概况、触达与行为时间线', '敏感信息按角色脱敏，查看明文留痕'],
    },
    tagRules: {
      summary: '配置画像标签的计算规则与阈值，由总部运营维护。',
      features: ['标签定义与规则参数编辑', '规则试算：预览命中客户数量', '标签变更历史'],
    },
    segments: {
      summary: '按标签与属性组合圈选客群，用于营销活动与群发。',
      features: ['条件组合圈选与人数预估', '客群成员预览与导出', '被哪些营销活动使用'],
    },
    campaigns: {
      summary: '总部发起营销活动：选定客群与内容，生成到每位投顾的企业微信群发任务。',
      features: ['活动创建：客群、内容、发送窗口', '适当性与频次过滤及排除名单报告', '投顾确认率、送达、打开与转化看板'],
    },
    apiKeys: {
      summary: '管理数据接入（行为事件、客户与交易数据）使用的 API Key。',
      features: ['创建、停用与轮换 API Key', '按 Key 查看调用量与最近使用时间', '权限范围说明与接入文档链接'],
    },
    jobs: {
      summary: '查看后台任务队列：组织同步、群发结果同步、画像计算等。',
      features: ['任务状态：排队、执行中、完成、失败', '失败原因与重试', '队列积压与处理速率'],
    },
  } satisfies Record<string, UpcomingPageCopy | string>,
} as const;
