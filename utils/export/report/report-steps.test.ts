import { describe, expect, it } from 'vitest';
import type { Activity, ActivityKind } from '../../invoice/model';
import { activityText } from './report-steps';

const entry = (kind: ActivityKind, detail?: string): Activity => ({ id: 'a', key: 'k', at: 0, kind, ...(detail === undefined ? {} : { detail }) });

describe('activityText', () => {
  it.each<[ActivityKind, string | undefined, string, string]>([
    ['added', undefined, '登记应收发票', 'registered the expected invoice'],
    ['checked', undefined, '运行检查', 'ran the checks'],
    ['imported', '供应商发票.pdf', '从文件导入：供应商发票.pdf', 'imported from a file: 供应商发票.pdf'],
    ['noted', '等 12366 回复', '写备注：等 12366 回复', 'wrote a note: 等 12366 回复'],
    ['verified', 'not-found', '记录查验结果：查无此票', 'recorded a 查验 result: not found'],
    ['user-status', 'pending', '设置处理状态：待处理', 'set the handling status: Pending'],
    ['user-status', 'confirmed', '设置处理状态：已确认', 'set the handling status: Confirmed'],
    ['user-status', 'void', '设置处理状态：作废', 'set the handling status: Void'],
    ['user-status', 'none', '设置处理状态：未设置', 'set the handling status: Not set'],
    ['ticket', 'GD2026112300001', '登记 12366 工单：GD2026112300001', 'recorded a 12366 ticket: GD2026112300001'],
    [
      'ticket',
      'GD2026112300001 → 2026-12-01',
      '登记 12366 工单：GD2026112300001（跟进日期 2026-12-01）',
      'recorded a 12366 ticket: GD2026112300001 (follow up on 2026-12-01)',
    ],
    ['ticket', 'none', '清除 12366 工单', 'cleared the 12366 ticket'],
    ['removed', undefined, '从清单删除', 'removed from the list'],
    ['undone', 'removed', '撤销删除', 'undid the removal'],
    [
      'fixed',
      'number: 24112000000000000001 → 24112000000000000002; code:  → 011002400111',
      '更正登记信息：发票号码 24112000000000000001 → 24112000000000000002；发票代码 （空） → 011002400111',
      'corrected the record: invoice number 24112000000000000001 → 24112000000000000002; invoice code (empty) → 011002400111',
    ],
    ['fixed', 'typeCode: 82 → 81', '更正登记信息：票种 数电普票 → 数电专票', 'corrected the record: invoice type digital ordinary invoice → digital special invoice'],
    [
      'restored',
      '备份.json: total: 1130.00 → 1131.00',
      '从记录文件恢复：备份.json（价税合计 1130.00 → 1131.00）',
      'values taken from a record file: 备份.json (total incl. tax 1130.00 → 1131.00)',
    ],
  ])('%s %j reads「%s」', (kind, detail, zh, en) => {
    expect(activityText(entry(kind, detail))).toEqual({ zh, en });
  });

  it.each<[ActivityKind, string]>([
    ['verified', 'pending'],
    ['user-status', 'later'],
    ['fixed', 'someone typed this'],
    ['restored', 'no changes listed'],
  ])('shows a %s detail it cannot read as it was written (%s)', (kind, detail) => {
    expect(activityText(entry(kind, detail)).zh).toContain(detail);
  });

  it('never shows the store’s own words for a status, a cleared ticket or an undone removal', () => {
    const texts = [entry('user-status', 'none'), entry('ticket', 'none'), entry('undone', 'removed'), entry('user-status', 'pending')].map(activityText);
    for (const text of texts) expect(`${text.zh} ${text.en}`).not.toMatch(/\b(none|removed|pending)\b/);
  });
});
