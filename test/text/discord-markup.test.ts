import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripDiscordMarkup } from '../../src/text/discord-markup.js';

describe('stripDiscordMarkup', () => {
  it('given every kind of mention and custom emoji, then none is left', () => {
    expect(stripDiscordMarkup('@everyone 意大利 @here <@123> <@!4> <@&5> <#6> </ask:7> <:ok:8> <a:go:9>')).toBe('意大利');
  });

  it('given a link pasted with a query, then its words stay and its address goes', () => {
    expect(stripDiscordMarkup('[口罩](https://evil.example/a?b=1) 捐赠')).toBe('口罩 捐赠');
    expect(stripDiscordMarkup('https://example.com/x 口罩 <https://example.org>')).toBe('口罩');
    // An address is ASCII: Chinese run into it stays; a bracket pair or a title is part of a markdown link.
    expect(stripDiscordMarkup('口罩https://x.com/a捐赠')).toBe('口罩 捐赠');
    expect(stripDiscordMarkup('[口罩](https://e.org/Mask_(x)) 捐赠')).toBe('口罩 捐赠');
    expect(stripDiscordMarkup('[口罩](https://x.org "t") 捐赠')).toBe('口罩 捐赠');
  });

  it('given a spoiler standing apart, then its text stays, without its bars', () => {
    expect(stripDiscordMarkup('||意大利||')).toBe('意大利');
    expect(stripDiscordMarkup('关于 ||意大利|| 的消息')).toBe('关于 意大利 的消息');
  });

  it('given a spoiler run into the words on one side, as Chinese writes it, then its text stays in place', () => {
    expect(stripDiscordMarkup('||鸡翅||要煎多久')).toBe('鸡翅要煎多久');
    expect(stripDiscordMarkup('谁和||古特雷斯||')).toBe('谁和古特雷斯');
    expect(stripDiscordMarkup('谁和 ||古特雷斯||通了电话')).toBe('谁和 古特雷斯通了电话');
  });

  it('given a spoiler run into a Latin word or a number, then the two stay apart words', () => {
    expect(stripDiscordMarkup('||red||braised pork')).toBe('red braised pork');
    expect(stripDiscordMarkup('see ||AP||300')).toBe('see AP 300');
    expect(stripDiscordMarkup('||鸡翅||500g')).toBe('鸡翅500g');
  });

  it('given bars between words, then they stay: /search reads them as OR', () => {
    expect(stripDiscordMarkup('口罩||呼吸机')).toBe('口罩||呼吸机');
    expect(stripDiscordMarkup('口罩 || 呼吸机 || 防护服')).toBe('口罩 || 呼吸机 || 防护服');
    expect(stripDiscordMarkup('a||b||c')).toBe('a||b||c');
  });

  it('property: text without markup characters is unchanged apart from spaces', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[@<|]|https?:\/\//i.test(s)),
        (text) => {
          expect(stripDiscordMarkup(text)).toBe(text.replace(/\s{2,}/g, ' ').trim());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: a mention inserted anywhere in a query is removed', () => {
    const mention = fc.oneof(
      fc.constantFrom('@everyone', '@here'),
      fc.bigInt({ min: 1n, max: 10n ** 19n }).map((id) => `<@${id}>`),
      fc.bigInt({ min: 1n, max: 10n ** 19n }).map((id) => `<@&${id}>`),
      fc.bigInt({ min: 1n, max: 10n ** 19n }).map((id) => `<#${id}>`),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[\u4e00-\u9fa5]{1,8}$/), mention, (words, m) => {
        expect(stripDiscordMarkup(`${m} ${words} ${m}`)).toBe(words);
      }),
      { numRuns: 300 },
    );
  });

  it('given brackets before a link ([a[b](…)), then the link is the innermost bracket’s, and the brackets before it stay text', () => {
    expect(stripDiscordMarkup('[注意[口罩](https://example.com)')).toBe('[注意 口罩');
  });

  it('given a line of 200,000 [ (a pasted file, a fuzzer), then it is stripped at once, not after a minute', () => {
    // A hang guard, not a speed goal: every [ rescanned the rest of the line (quadratic), and the
    // engine does this before a query's length is checked. Linear, it takes milliseconds.
    expect(stripDiscordMarkup('['.repeat(200_000))).toBe('['.repeat(200_000));
    // The address alone is a bare link: it goes, the brackets stay.
    expect(stripDiscordMarkup(`${'['.repeat(20_000)}](http://${'a'.repeat(20_000)}`)).toBe(`${'['.repeat(20_000)}](`);
  }, 10_000);
});
