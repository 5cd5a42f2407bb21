import type { BilingualText } from '@/utils/ui-text';

const t = (zh: string, en: string): BilingualText => ({ zh, en });

/** Every string the 查验 assist shows, Chinese first. */
export const VERIFY_TEXT = {
  title: t('发票守望 · 查验助手', 'fapiao-watch · verification'),
  fill: t('填入这张发票', 'Fill in this invoice'),
  captcha: t('请自己输入验证码后点「查验」；结果会自动记录。', 'Type the captcha yourself and press 查验; the result is recorded for you.'),
  missing: t('最后一栏所需的金额或校验码没有登记，请手工填写。', 'The amount or check code the last box needs is not on record; type it in.'),
  captchaError: t('验证码不对，这次没有记录结果；请重新输入验证码再查验。', 'The captcha was wrong, so nothing was recorded; type it again and verify.'),
  recordFailed: t('查验结果没能保存，请在扩展弹窗中手工选择结果。', 'The result could not be saved; pick it by hand in the extension popup.'),
  recorded: (key: string, outcome: string) => t(`已记录 ${key} 的查验结果：${outcome}`, `Recorded the verification of ${key}: ${outcome}`),
};
