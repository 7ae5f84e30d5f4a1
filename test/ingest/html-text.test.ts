import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlText } from '../../src/ingest/html-text.js';
import { DOCUMENT_FIXTURES } from '../support/document-fixtures.js';

// A saved web page is read as its reader sees it: the article's headings as sections, its
// paragraphs, items and table rows as lines, and none of the site around it.

const page = htmlText(readFileSync(join(DOCUMENT_FIXTURES, '植树活动通知.html'), 'utf8'));

describe('htmlText on a saved page', () => {
  it('given a <title> naming the site after the article, then the title is the article’s <h1>', () => {
    expect(page.title).toBe('植树活动通知');
  });

  it('given headings, paragraphs, a list and a table with a header row, then they are laid out as the plain reader reads them', () => {
    expect(page.text.split('\n')).toEqual([
      '# 植树活动通知',
      '',
      '各位志愿者：青禾志愿者协会将组织春季植树活动，欢迎报名参加 & 转告亲友。',
      '',
      '## 2026年3月14日 植树节活动',
      '',
      // The source's line break between two Chinese characters is no space; <br> is a line.
      '集合地点在东湖公园南门，集合时间为上午八点半，请穿运动鞋。',
      '协会为每位志愿者准备了手套和饮用水。',
      '',
      '- 报名截止到3月10日',
      '- 每组五人，由组长负责领取树苗',
      '',
      '## 注意事项',
      '',
      '| 项目 | 要求 |',
      '|---|---|',
      '| 着装 | 长袖长裤 |',
      '| 工具 | 铁锹由协会统一发放 |',
    ]);
  });

  it('given a script, a style, the site’s header, navigation and footer and a hidden paragraph, then none of their text is read', () => {
    for (const unread of ['tracker', '不应被读取', '首页', '新闻中心', '版权所有', '隐藏的段落', 'font-family'])
      expect(page.text).not.toContain(unread);
  });
});

describe('htmlText on markup as pages write it', () => {
  it('given unclosed paragraphs and items, entities and an ordered list from 3, then each is its own line, decoded', () => {
    const { text } = htmlText('<p>第一段&lt;甲&gt;<p>第二段&#x4E59;<ol start="3"><li>三<li>四</ol>');
    expect(text.split('\n')).toEqual(['第一段<甲>', '', '第二段乙', '', '3. 三', '4. 四']);
  });

  it('given a layout table whose cells hold paragraphs, then they are read as paragraphs, not as one row', () => {
    const { text } = htmlText(
      '<table><tr><td><h2>栏目</h2><p>左栏的第一段。</p><p>左栏的第二段。</p></td><td><p>右栏。</p></td></tr></table>',
    );
    expect(text.split('\n')).toEqual(['## 栏目', '', '左栏的第一段。', '', '左栏的第二段。', '', '右栏。']);
  });

  it('given items whose text is wrapped in paragraphs, then each keeps its number or mark', () => {
    const { text } = htmlText(
      '<ol><li><p>第一步，报名。</p></li><li><p>第二步，缴费。</p><p>保留收据。</p></li></ol><ul><li><div>甲</div></li></ul>',
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['1. 第一步，报名。', '2. 第二步，缴费。', '保留收据。', '- 甲']);
  });

  it('given such items written on lines of their own (indented source) or after an empty paragraph, then each keeps its number', () => {
    const { text } = htmlText('<ol>\n  <li>\n    <p>第一步，报名。</p>\n  </li>\n  <li>&nbsp;<p></p><p>第二步，缴费。</p></li>\n</ol>');
    expect(text.split('\n').filter(Boolean)).toEqual(['1. 第一步，报名。', '2. 第二步，缴费。']);
  });

  it('given a <title> never closed, then it ends at the next tag and the page’s text is read', () => {
    const { title, text } = htmlText(
      '<html><head><title>会议通知</head><body><p>会议定于明天上午九点举行。</p><p>地点在三楼。</p></body></html>',
    );
    expect(title).toBe('会议通知');
    expect(text.split('\n')).toEqual(['会议定于明天上午九点举行。', '', '地点在三楼。']);
  });

  it('given a <title> never closed whose text holds a “<” that starts no tag, then the title ends at the next tag, not at the “<”', () => {
    const { title, text } = htmlText('<title>3 < 5 的通知</head><body><p>会议定于明天举行。</p></body>');
    expect(title).toBe('3 < 5 的通知');
    expect(text).toBe('会议定于明天举行。');
  });

  it('given a page cut off inside a table, then the rows read so far are kept', () => {
    expect(htmlText('<table><tr><th>站点</th><th>时间</th></tr><tr><td>东门</td><td>8点').text).toContain('| 东门 | 8点 |');
  });
});

describe('htmlText on a page of tables nested 10,000 deep', () => {
  it('given a page cut short with 10,000 layout tables open, each with a line, then each line is a paragraph, read in well under the conversion’s time', () => {
    const started = performance.now();
    const page = htmlText(`<html><body>${'<table><tr><td>甲'.repeat(10_000)}</body></html>`);
    // Each level copied the lines of those inside it: 21 s before, 0.3 s now; the bound leaves room for a loaded machine (7 s seen).
    expect(performance.now() - started).toBeLessThan(12_000);
    expect(page.text).toBe(Array(10_000).fill('甲').join('\n\n'));
  }, 30_000);
});
