// A club's group chat exported as text, shared by the tests of its ingestion and of questions about its messages.

/** Each message on a line opening with its day, time and speaker; a notice pasted over several lines; a quoted reply. */
export const CHAT = [
  '羽毛球群聊天记录导出',
  '导出时间：2025-06-03 22:00',
  '',
  '2025-06-01 19:02 🏸队长-大刘：周三晚上的场地订好了',
  '2025-06-01 19:05 3号楼-老周🚗：几点开始？我下班有点晚',
  '2025-06-01 19:06 🏸队长-大刘：@3号楼-老周🚗 七点到九点，在体育馆二号场',
  '2025-06-01 19:10 “小米粥”撤回了一条消息',
  '2025-06-01 19:11 小米粥🍚：[图片]',
  '',
  '2025-06-02 08:30 🏸队长-大刘：【活动通知】',
  '本周三羽毛球活动安排',
  '时间：6月4日19:00至21:00',
  '地点：体育馆二号场',
  '费用：每人二十元，现场交给队长。',
  '羽毛球俱乐部',
  '2025年6月2日',
  '2025-06-02 08:41 小米粥🍚：球拍可以借吗？我忘带拍子了',
  '2025-06-02 08:50 3号楼-老周🚗：「小米粥🍚：球拍可以借吗？我忘带拍子了」',
  '- - - - - - - - - -',
  '我多带一支旧拍，你先用着',
  '',
  '2025-06-03 21:15 小米粥🍚：谢谢周叔，周三见',
].join('\n');

export const CHAT_META = { id: 'club-chat', title: '羽毛球群聊天记录', shortTitle: '球友群', kind: 'plain', year: 2025 };
