// A message the bot posted, shaped as Discord returns it: the stand-in's REST replies and the
// message a button click arrives under share these fields; callers override what differs.

export function botMessage(applicationId: string, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    author: { id: applicationId, username: 'bot', discriminator: '0', avatar: null, bot: true, global_name: null },
    ...fields,
  };
}
