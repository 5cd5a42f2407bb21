import type { SignalKind } from '../invoice/model';

/** Phrases the portal uses, by what they mean for the user. Earlier kinds win when a text has several. */
const PHRASES: readonly (readonly [SignalKind, readonly string[]])[] = [
  ['session-expired', ['身份认证已失效', '请重新登录', '登录已失效', '会话已失效', '登录超时', '登录已过期', '会话超时', '账号已退出']],
  ['permission', ['本功能仅提供给增值税一般纳税人', '无权限', '没有权限', '暂无权限', '权限不足', '无访问权限']],
  ['maintenance', ['系统维护', '系统升级', '暂停服务', '维护期间', '服务暂停', '停机维护']],
];

export interface SignalMatch {
  kind: SignalKind;
  /** Where the phrase starts in the text. */
  index: number;
  phrase: string;
}

/** Every kind the text speaks of, once each, in PHRASES order. */
export function matchSignalTexts(text: string): SignalMatch[] {
  const out: SignalMatch[] = [];
  for (const [kind, phrases] of PHRASES) {
    for (const phrase of phrases) {
      const index = text.indexOf(phrase);
      if (index >= 0) {
        out.push({ kind, index, phrase });
        break;
      }
    }
  }
  return out;
}
