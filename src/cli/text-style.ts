// How the console marks text: on a terminal the terms are bold yellow; elsewhere **marked**.

export interface TextStyle {
  /** True on a terminal (ANSI colours), false for plain text (pipes, tests). */
  terminal: boolean;
  highlight(text: string): string;
  dim(text: string): string;
  heading(text: string): string;
}

export const ANSI_STYLE: TextStyle = {
  terminal: true,
  highlight: (t) => `\x1b[1;33m${t}\x1b[0m`,
  dim: (t) => `\x1b[2m${t}\x1b[0m`,
  heading: (t) => `\x1b[1m${t}\x1b[0m`,
};

export const PLAIN_STYLE: TextStyle = {
  terminal: false,
  highlight: (t) => `**${t}**`,
  dim: (t) => t,
  heading: (t) => t,
};
