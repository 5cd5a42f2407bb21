import { describe, expect, it } from 'vitest';
import { Request } from '@/utils/messages';
import { annotationFromForm, formFieldOf, formOf, type AnnotationForm } from './annotation-form';

const KEY = '24112000000123456789';
const EMPTY: AnnotationForm = { note: '', userStatus: '', ticket: '', followUp: '' };

describe('annotationFromForm', () => {
  it.each<[string, Partial<AnnotationForm>, string[]]>([
    ['a follow-up date without a ticket', { followUp: '2024-07-01' }, ['followUp:follow-up-without-ticket']],
    ['a follow-up date with a blank ticket', { ticket: '   ', followUp: '2024-07-01' }, ['followUp:follow-up-without-ticket']],
    ['a follow-up that is no date', { ticket: 'T1', followUp: '7月1日' }, ['followUp:follow-up-date']],
  ])('refuses %s, under the follow-up field', (_, over, problems) => {
    const built = annotationFromForm(KEY, { ...EMPTY, ...over });
    expect('problems' in built && built.problems.map((p) => `${p.field}:${p.code}`)).toEqual(problems);
    expect('problems' in built && built.problems[0]?.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each<[string, Partial<AnnotationForm>, object]>([
    ['nothing at all', {}, { note: '', userStatus: null, ticket: null }],
    ['a ticket without a follow-up date', { ticket: ' 2024070100123 ' }, { ticket: { number: '2024070100123', followUp: null } }],
    ['a ticket with its follow-up date', { ticket: 'T1', followUp: '2024-07-01' }, { ticket: { number: 'T1', followUp: '2024-07-01' } }],
    ['a note and a status', { note: '供应商说已开\n等 12366', userStatus: 'pending' }, { note: '供应商说已开\n等 12366', userStatus: 'pending' }],
  ])('sends %s', (_, over, expected) => {
    const built = annotationFromForm(KEY, { ...EMPTY, ...over });
    expect(built).toEqual({ annotation: expect.objectContaining({ key: KEY, ...expected }) });
    // What the form sends is what the background accepts.
    if ('annotation' in built) expect(Request.safeParse({ type: 'annotation:set', annotation: built.annotation }).success).toBe(true);
  });
});

describe('formOf', () => {
  it('fills the form from a stored annotation, blanks for what is not set', () => {
    expect(formOf(null)).toEqual(EMPTY);
    expect(formOf({ key: KEY, note: 'n', userStatus: 'void', ticket: { number: 'T1', followUp: null }, updatedAt: 1 })).toEqual({
      note: 'n',
      userStatus: 'void',
      ticket: 'T1',
      followUp: '',
    });
  });
});

describe('formFieldOf', () => {
  it.each([
    ['note', 'note'],
    ['userStatus', 'userStatus'],
    ['ticket', 'ticket'],
    ['ticket.number', 'ticket'],
    ['ticket.followUp', 'followUp'],
    ['annotation.ticket.followUp', 'followUp'],
    ['followUp', 'followUp'],
    ['message', null],
    ['key', null],
  ])('%s is shown under %s', (field, formField) => {
    expect(formFieldOf(field)).toBe(formField);
  });
});
