// Discord chat syntax that a user may paste into a query without meaning it as words: mentions
// (@everyone, @here, <@id>, <@!id>, <#id>, <@&id>), slash-command mentions (</ask:id>) and custom
// emoji (<:name:id>, <a:name:id>). Left in, "@everyone" searches for 每个人 and "<@123>" for 123.

// A link pasted with a query ([口罩](https://…), or bare) is no words either: its address was
// read as the English words "https" and "example", "not understood".

const MARKUP = /@(?:everyone|here)\b|<(?:@[!&]?|#)\d+>|<\/[\w -]+:\d+>|<a?:\w+:\d+>/giu;
/** [text](address): the text stays. */
// An address is printable ASCII (a Chinese word run into it is no part of it), its closing
// punctuation left to the text; a markdown link's address may hold one pair of brackets and a title.
// Its text holds no bracket: a text up to any ] rescanned the rest of the query from every [, which
// made a line of 200,000 [ take a minute (quadratic); each [ now scans only to the next one.
const MARKDOWN_LINK = /\[([^[\]]*)\]\(\s*<?https?:\/\/(?:[!-'*-~]|\([!-'*-~]*\))*>?(?:\s+"[^"]*")?\s*\)/giu;
const ADDRESS = /<?\bhttps?:\/\/[!-;=?-~]*[A-Za-z0-9/#=_~-]>?/giu;

/**
 * A spoiler, ||text||, with one side standing apart (at an end of the query or by a space): its
 * text stays, and its bars are not /search's OR (||意大利|| listed sentences "matching 意大利 OR
 * nothing"). Chinese runs a spoiler into the words around it (||鸡翅||要煎多久), so one free side
 * is enough. Bars between words (口罩||呼吸机, a||b||c) are OR, as /search reads them.
 */
const SPOILER = /(?<=^|\s)\|\|(?=[^\s|])([^|]*[^\s|])\|\||\|\|(?=[^\s|])([^|]*[^\s|])\|\|(?=\s|$)/gu;

const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;

/** A spoiler's text in place of it, kept apart from a Latin word or number it ran into (||red||braised: red braised, not redbraised). */
function spoilerText(text: string, before: string | undefined, after: string | undefined): string {
  const apart = (outside: string | undefined, edge: string | undefined) =>
    outside !== undefined && edge !== undefined && LATIN_OR_DIGIT.test(outside) && LATIN_OR_DIGIT.test(edge);
  return `${apart(before, text[0]) ? ' ' : ''}${text}${apart(after, text[text.length - 1]) ? ' ' : ''}`;
}

/** The query without Discord markup and links, spaces collapsed where they stood. */
export function stripDiscordMarkup(text: string): string {
  return text
    .replace(SPOILER, (spoiler: string, apart: string | undefined, before: string | undefined, at: number, whole: string) =>
      spoilerText(apart ?? before ?? '', whole[at - 1], whole[at + spoiler.length]),
    )
    .replace(MARKDOWN_LINK, ' $1 ')
    .replace(ADDRESS, ' ')
    .replace(MARKUP, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
