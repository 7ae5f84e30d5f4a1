// A county gazetteer's entry on a pagoda, as such entries are published: the classical original
// (Traditional characters, circled note marks), numbered notes giving readings and measures, a
// modern translation paragraph by paragraph, and an editor's notes. Invented for tests, in the
// shape of the genre; with a second document, a lease, for answers from elsewhere.

const ENTRY = [
  '# 《青石县志》卷五 · 古迹 · 永寧塔（附注释、译文）',
  '',
  '> 录自清光绪刻本《青石县志》，今加标点、注释和今译。',
  '',
  '## 一、原文',
  '',
  '永寧塔，在縣東三里，臨青溪之濱。初為土臺，宋淳熙間僧人智圓所築，後漸頹①。',
  '',
  '崇禎七年，邑人孫守仁捐銀五百兩，募眾重建為磚塔，歷二載而成。塔凡七級，高十二丈，周八丈四尺③，頂置銅葫蘆一具。',
  '',
  '康熙十八年地震，塔頂傾側，僧人募修②。每歲元宵，塔上燃燈，遠近來觀。',
  '',
  '## 二、注释',
  '',
  '① 頹（tuí）：倒塌，败坏。“後漸頹”意为后来渐渐倒塌。',
  '② 募修：募集钱财加以修缮。',
  '③ 丈、尺：明清一尺约合今32厘米。据此折算，塔高约38米，周长约27米。',
  '',
  '## 三、译文',
  '',
  '永宁塔位于县城东边三里，靠近青溪岸边。最初是一座土台，是宋代淳熙年间僧人智圆修筑的，后来渐渐倒塌。',
  '',
  '崇祯七年（1634年），县里人孙守仁捐出白银五百两，召集众人重建成砖塔，经过两年才完成。塔共七层，高十二丈，周长八丈四尺，塔顶安放铜葫芦一个。',
  '',
  '康熙十八年（1679年）发生地震。塔顶倾斜了，僧人募集钱财加以修缮。每年元宵节，塔上点灯，远近的人都来观看。',
  '',
  '## 四、编者按',
  '',
  '1. 永宁塔是青石县现存最高的古塔。1992年永宁塔被列为县级文物保护单位。',
  '2. 塔下原有寺院，1950年代改作粮仓。',
].join('\n');

const LEASE = '出租方将青溪路十二号商铺出租给承租方。租期三年，月租金八千元。承租方应按月支付租金。商铺面积约六十平方米。';

export const GAZETTEER_FILES: Record<string, string> = {
  'pagoda.md': ENTRY,
  'pagoda.meta.json': JSON.stringify({
    id: 'pagoda',
    title: '《青石县志》卷五·古迹·永寧塔（附注释、译文）',
    shortTitle: '县志·永宁塔',
    aliases: ['县志', '永宁塔', '永寧塔'],
    publisher: '青石县地方志办公室',
    kind: 'plain',
  }),
  'lease.txt': LEASE,
  'lease.meta.json': JSON.stringify({ id: 'lease', title: '商铺租赁合同', kind: 'plain', aliases: ['租赁合同'] }),
};
