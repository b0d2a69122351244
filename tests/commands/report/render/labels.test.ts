import { describe, expect, it } from 'vitest';
import {
  changeLabel,
  formatDate,
  kindLabel,
  sectionName,
  statusLabel,
  topicStatusLabel,
  typeLabel,
  verdictLabel,
} from '../../../../src/commands/report/render/labels.js';
import type { ActionStatus, ActionType, TopicStatus, Verdict } from '../../../../src/content/types.js';
import { m } from '../../../../src/i18n/index.js';

describe('Dutch labels', () => {
  it('formats dates the Dutch way, without locale data', () => {
    expect(formatDate('2026-07-01')).toBe('1 juli 2026');
    expect(formatDate('2026-01-31')).toBe('31 januari 2026');
    expect(formatDate('2025-12-09')).toBe('9 december 2025');
    expect(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((mm) => formatDate(`2026-${mm}-15`).split(' ')[1])).toEqual([
      'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
    ]);
  });

  it('leaves anything that is not a YYYY-MM-DD date as it is', () => {
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate('1 juli')).toBe('1 juli');
    expect(formatDate('')).toBe('');
  });

  it('names statuses, types, verdicts and sections as the agenda does', () => {
    expect([statusLabel('planned'), statusLabel('active'), statusLabel('done'), statusLabel('dropped')]).toEqual([
      'Gepland', 'Lopend', 'Afgerond', 'Vervallen',
    ]);
    expect([typeLabel('knowledge-sharing'), typeLabel('lobby')]).toEqual(['Kennisdeling', 'Lobby / belangenbehartiging']);
    expect([verdictLabel('take-up'), verdictLabel('monitor'), verdictLabel('decline')]).toEqual(['Oppakken', 'Volgen', 'Niet oppakken']);
    expect([sectionName('A'), sectionName('B'), sectionName('C')]).toEqual([
      'Wie zijn we en wat maakt ons sterk?', "De inhoudelijke thema's", 'Randvoorwaarden',
    ]);
    expect([topicStatusLabel('open'), topicStatusLabel('assessed'), topicStatusLabel('taken-up'), topicStatusLabel('iets-anders' as TopicStatus)]).toEqual([
      'Open', 'Beoordeeld', 'Opgepakt', 'iets-anders',
    ]);
  });

  it('uses the names list and score use for statuses, types and verdicts', () => {
    const { labels } = m.common;
    for (const [status, name] of Object.entries(labels.status)) expect(statusLabel(status as ActionStatus)).toBe(name);
    for (const [type, name] of Object.entries(labels.type)) expect(typeLabel(type as ActionType)).toBe(name);
    for (const [status, name] of Object.entries(labels.topicStatus)) expect(topicStatusLabel(status as TopicStatus)).toBe(name);
    for (const [verdict, name] of Object.entries(labels.verdict)) expect(verdictLabel(verdict as Verdict)).toBe(name);
  });

  it('names the kinds and changes of the appendix', () => {
    expect(kindLabel('practice')).toBe('Goed voorbeeld');
    expect(changeLabel({ kind: 'action', id: 'a', change: 'removed', title: 'A' })).toBe('Verwijderd');
    expect(changeLabel({ kind: 'topic', id: 'b', change: 'renamed', previousId: 'a', title: 'B' })).toBe('Hernoemd (was a)');
  });
});
