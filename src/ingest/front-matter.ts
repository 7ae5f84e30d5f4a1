// A Markdown file's front matter: the metadata block (YAML "---" … "---", TOML "+++" … "+++")
// that opens it, which is no prose. Taken only when the block looks like metadata: a file that
// opens with a "---" rule and prose must not lose its first paragraph (markdown-text.ts).

/** YAML `key: value` (the key plain or quoted). */
const YAML_KEY = /^(?:"[^"]{1,100}"|'[^']{1,100}'|[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,60})\s*:(?:\s|$)/u;
/** TOML `key = value`, or a `[table]` header. */
const TOML_KEY = /^(?:(?:"[^"]{1,100}"|'[^']{1,100}'|[\p{L}\p{N}_-][\p{L}\p{N}_.-]{0,60})\s*=|\[{1,2}[^\]]{1,100}\]{1,2}\s*$)/u;

const FRONT_MATTER = {
  '---': { key: YAML_KEY, close: /^(---|\.\.\.)$/u, title: /^title\s*:\s*(.+?)\s*$/iu },
  '+++': { key: TOML_KEY, close: /^\+\+\+$/u, title: /^title\s*=\s*(.+?)\s*$/iu },
} as const;

/** The front matter a document's first line opens, if any (looked up by name only: "__proto__" opens none). */
function frontMatterKind(lines: readonly string[]) {
  const first = lines[0]?.trim();
  return first === '---' || first === '+++' ? FRONT_MATTER[first] : null;
}

/** Front matter is looked for in the first lines only. */
const FRONT_MATTER_MAX = 100;

/**
 * Whether the lines between the delimiters are metadata: each non-empty one a key, or (after a
 * key) indented or a list item (a nested value, a list under the key). A `---` that opens a file
 * is also a thematic break: what follows it up to the next `---` is often prose ("---\n\n# 会议记录").
 */
function isMetadata(block: readonly string[], key: RegExp): boolean {
  let keys = 0;
  for (const line of block) {
    if (line.trim() === '') continue;
    if (key.test(line)) keys++;
    else if (keys === 0 || !/^(\s|-\s|-$|\])/u.test(line)) return false;
  }
  return keys > 0;
}

/** Lines of front matter at the top (YAML "---" … "---", TOML "+++" … "+++"), or 0. */
export function frontMatterLines(lines: readonly string[]): number {
  const kind = frontMatterKind(lines);
  if (!kind) return 0;
  for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_MAX); i++) {
    if (kind.close.test(lines[i]?.trim() ?? '')) return isMetadata(lines.slice(1, i), kind.key) ? i + 1 : 0;
  }
  return 0;
}

/** The `title` of front matter, if it has one. */
export function frontMatterTitle(lines: readonly string[]): string | null {
  const end = frontMatterLines(lines);
  const kind = frontMatterKind(lines);
  if (!kind) return null;
  for (let i = 1; i < end - 1; i++) {
    const m = kind.title.exec(lines[i] ?? '');
    if (m?.[1]) return m[1].replace(/^(["'])(.*)\1$/u, '$2');
  }
  return null;
}
