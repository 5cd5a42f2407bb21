/**
 * The part of the zh-CN table the portal's and the 查验 platform's content scripts show: kept apart so a content
 * script loads these few texts, not the whole table (zh-CN.ts spreads them in; the tests check the union).
 */
export const ZH_CN_PORTAL = {
  'overlay.brand': '发票守望',
  'overlay.notInResult': '{n} 张应收发票不在这次查询结果中',
  'overlay.allIn': '应收发票都在这次查询结果中',
  'overlay.explain': '查看原因',
  'overlay.hide': '收起',
  'overlay.unread': '这次查询共 {total} 条，只读取了 {read} 条：请翻完所有页，或把每页条数调到最大。',
  'overlay.expected': '应收发票',
  'overlay.noReason': '原因待查：请在扩展弹窗中点「为什么没看到？」',
  'verifyAssist.title': '发票守望 · 查验助手',
  'verifyAssist.fill': '填入这张发票',
  'verifyAssist.captcha': '请自己输入验证码后点「查验」；结果会自动记录。',
  'verifyAssist.missing': '最后一栏所需的金额或校验码没有登记，请手工填写。',
  'verifyAssist.captchaError': '验证码不对，这次没有记录结果；请重新输入验证码再查验。',
  'verifyAssist.recordFailed': '查验结果没能保存，请在扩展弹窗中手工选择结果。',
  'verifyAssist.recorded': '已记录 {key} 的查验结果：{outcome}',
} as const;

export type PortalKey = keyof typeof ZH_CN_PORTAL;
