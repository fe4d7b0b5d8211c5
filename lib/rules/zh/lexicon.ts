/** 中文（繁體）給偵測器、重寫與檢查清單用的語言資料（正規表示式，不分大小寫）。 */
import type { LangPack } from '../types';
import { gap } from './bounds';
import { OUR_RULE, WALL } from './policy';

/** What a policy frame pins the rule on (without 保單, an insurance policy the customer holds). */
const FRAME_DOC = String.raw`(?:規定|規範|條款|政策|規則|守則|準則|規章|辦法|附例|作業程序|作業流程|作業規則|收費標準|收費表|一貫(?:的)?(?:做法|作法|處理方法))`;

export const LEXICON: LangPack['lexicon'] = {
  // Latin acronyms and brands inside Chinese replies: codes, never emphasis (only the rewrite
  // vetting reads them; the pack has no caps detector).
  acronymWords: ['ATM', 'APP', 'OTP', 'SIM', 'ESIM', 'PIN', 'LINE', 'ELEVEN', '7-ELEVEN', 'IBON', 'ICASH', 'PAYME', 'FPS', 'SMS', 'QR', 'NFC', 'SSO', 'API', 'IT', 'ID', 'OK', 'VIP', 'SOP', 'NT', 'HK', 'PDF', 'CSV', 'FAQ', 'MRT', 'BSMI', 'EMAIL', 'WIFI', 'APPLE', 'GOOGLE'],
  // With an empty list the English lexicon is never consulted for capitals in Chinese text.
  capsWords: [],
  // Policy frames a rewrite may drop: "依公司規定，X" → "X"; "X，這是公司規定" → "X".
  frames: [
    String.raw`^(?:依照?|按照|根據|依據|遵照|按(?=本|規定|條款|公司|平台|運送|合約|收費)|照(?=規定|規矩|條款|合約))(?!您|閣下|你)${gap(10)}${FRAME_DOC}(?:辦理|處理)?\s*[，,]\s*`,
    String.raw`(?<=[，,]\s*)(?:依照?|按照|根據|依據|遵照|按(?=本|規定|條款|公司|平台|運送|合約|收費))(?!您|閣下|你)${gap(10)}${FRAME_DOC}\s*[，,]\s*`,
    // `(?<!\s)`: a search from inside a run of spaces would only find the same match later.
    String.raw`(?<!\s)\s*[，,；;]\s*(?:${OUR_RULE}|${WALL})$`,
    String.raw`(?<!\s)\s*[，,；;]\s*(?:我們|我哋)?(?:也|亦)?(?:只能(?:照|按|依)(?:著)?(?:做|辦|規定|規矩|合約|條款|辦法)(?:走|處理|辦理|來)?|改不了|改唔到|沒有?辦法(?:更改|調整)?|冇辦法)$`,
  ],
  // The tone model's vetoes: a negation that gives ("不另外收取手續費", "不用支付") is good news, not a no.
  // A clause of a long sentence is also read alone (see the schema): cut at a semicolon or a comma,
  // never before a turn (但、不過…): a concession and its repair, or a no and its alternative, are read together.
  clauseCuts: [String.raw`[；;]`, String.raw`，(?!(?:但|不過|可是|然而|只是|而是|卻))`],
  modelVetoes: {
    refusal: [String.raw`不(?:會)?(?:另外|額外)?(?:收取|收|加收|酌收)(?:任何)?[^。！？，,]{0,8}費`, String.raw`不(?:用|需|必)(?:再)?(?:另外)?(?:付|支付|負擔|繳)`],
  },
  // A sentence opening with one of these leans on the one before it, which is then not offered for removal.
  leansBack: ['這', '那', '所以', '因此', '因為', '否則', '不然', '它', '佢'],
  joiners: ['和', '及', '或', '與', '並', '再', '但', '的', '就', '才', '會', '後', '前', '時', '之後', '之前', '以後', '以前'],
  // Trailing softeners dropped before a clause is appended: "沒辦法喔" → "沒辦法，因為…".
  // A particle may come before the apology: "沒辦法耶，不好意思" → "沒辦法".
  softeners: [
    // Each starts where its run of particles or spaces starts (a lookbehind), so the search never retries inside one.
    String.raw`(?<![喔唷呢啦耶欸哦囉噢～~\s])[喔唷呢啦耶欸哦囉噢～~]*\s*[，,]\s*(?:真的|實在|非常|很)?(?:不好意思|抱歉|很抱歉|對不起|唔好意思)`,
    String.raw`(?<![喔唷呢啦耶欸哦囉噢～~\s])[喔唷呢啦耶欸哦囉噢～~]*\s*[，,]\s*(?:敬請|還請|請您?)?(?:見諒|包涵|多多包涵)`,
    String.raw`(?<![喔唷呢啦耶欸哦囉噢～~])[喔唷呢啦耶欸哦囉噢～~]+`,
  ],
  negations: ['不', '沒', '沒有', '無', '未', '非', '別', '勿', '唔', '冇', '毋須'],
  reason: [
    '因為',
    '因爲',
    String.raw`(?<!原)因(?![此而為爲素])`,
    '由於',
    '為了',
    '為免',
    '為確保',
    '以免',
    '以確保',
    '以防',
    '避免',
    String.raw`原因(?:是|在於|係)`,
    '基於',
    '考量',
    '考慮到',
    '出於',
    String.raw`目的(?:是|在於|係)`,
    '所以',
    '因此',
    '因而',
    '鑑於',
    '係因',
    '所致',
  ],
  alternative: [
    String.raw`(?<!不是|並非|唔係)(?:我們|我|我哋|本公司|本行)(?:這邊)?(?:可以|可|能夠|願意)(?!能)`,
    String.raw`(?:您|閣下|你)(?:也)?(?:可以|可|仍可|亦可|只需|只要)(?!能|隨時(?:與|和|跟|聯絡|來電|詢問))`,
    String.raw`(?<!辦法|無法|不能|未能|不會|不可以|不便|唔可以|不|未)(?:幫您|為您|替您|為閣下|幫你|同你)(?:改|申請|安排|保留|退|補|換|轉|升級|登記|處理|辦理|提出|爭取|預約|開|重新|延長|加)`,
    String.raw`(?:改為|改成|改用|改派|改寄|改由|或是|或者|另一個|其他方式|替代|取而代之)`,
    String.raw`(?:建議您|建議閣下|不妨|可選擇|可以選擇|可考慮|可申請|可另行|可再次)`,
    String.raw`(?:不過|但是?|然而|不過呢)${gap(24)}(?:可以|可|仍然?|還是|會|能)`,
    String.raw`(?:即可|就可以|便可)`,
    // Doing something else instead: "我們會先作廢再重開一張".
    String.raw`(?:我們|我)(?:會|將)(?:先|直接|另外|改|重新|幫您|為您|替您|免費)`,
  ],
  acknowledge: [
    '謝謝', '感謝', '多謝', '唔該', '抱歉', '不好意思', '唔好意思', '對不起', '致歉', '見諒', '包涵',
    String.raw`(?:理解|明白|了解)(?:您|閣下|你)`,
    String.raw`(?:困擾|不便|著急|擔心|不安|失望|不舒服|掃興|麻煩您了|辛苦了|遺憾)`,
    String.raw`(?:一定|真的)(?:讓|令)(?:您|閣下|你)`,
  ],
  nextStep: [
    String.raw`(?:我們|我|我哋|本公司|本行)(?:已經?|會|將|馬上|立即|立刻|先|來|正在|今天)(?:幫|為|替|安排|處理|寄|退|補|通知|聯絡|確認|查|轉|派|跟進|追蹤|重新|更新|開立|改|取消|申請|調閱|核對)`,
    String.raw`已(?:經)?(?:幫|為|替)(?:您|閣下|你)`,
    String.raw`(?:請您|麻煩您|煩請|勞煩|請閣下|您只要|您只需|閣下只需|只需|只要)`,
    String.raw`請(?:回覆|提供|於|在|到|至|攜帶|撥打|點選|登入|上傳|填寫|確認|出示)`,
    String.raw`(?:下一步|接下來|稍後|之後會)`,
    String.raw`(?:您|閣下|你)(?:將|會|就會|應該會|應會)(?:收到|看到|拿到)`,
  ],
  timeframe: [
    String.raw`(?:今天|明天|後天|今日|明日|聽日|今晚|今早|今朝|本週|下週|這週|下星期|本星期|這星期|月底|月初|年底|稍後|盡快|儘快|馬上|立即|立刻|即時|當天|當日|隔天|隔日)`,
    String.raw`(?:週|星期|禮拜)[一二三四五六日天]`,
    String.raw`(?<![\d０-９一二三四五六七八九十兩半])[\d０-９一二三四五六七八九十兩半]+\s*(?:個)?(?:工作天|工作日|天|日|小時|鐘頭|分鐘|週|星期|個月|月內)`,
    String.raw`\d{1,2}月\d{1,2}日`,
    String.raw`\d{4}/\d{1,2}/\d{1,2}`,
    String.raw`(?:上午|下午|晚上|中午|早上)\s*\d{1,2}`,
    String.raw`\d{1,2}[:：]\d{2}`,
    String.raw`\d{1,2}\s*(?:點|時)(?:前|之前|以前)?`,
  ],
  followUp: [
    String.raw`(?:再|會|將|會再|第一時間|立即|馬上)(?:以(?:簡訊|短訊|電郵|Email|email|電話)|主動)?(?:通知|告知|聯絡|回覆|回電|致電|更新|跟您說|和您說|同你講)(?:您|閣下|你)?`,
    String.raw`(?:有|一有)(?:任何)?(?:結果|進度|消息|更新|回覆)(?:會|就|後|時|便)`,
    String.raw`(?:持續|會)(?:追蹤|跟進|關注)`,
    String.raw`(?:隨時|第一時間)(?:通知|更新|告知)`,
  ],
  ongoing: [
    String.raw`(?:處理中|調查中|審核中|確認中|查核中|追蹤中|跟進中|維修中|搶修中|配送中|運送中)`,
    String.raw`正在(?:處理|調查|審核|確認|查|追蹤|協調|聯絡|安排|檢查|搶修|了解|跟進)`,
    String.raw`已(?:經)?(?:轉交|通報|反映|呈報|轉介|提交)`,
    String.raw`(?:待|等待|等候)(?:確認|審核|回覆|物流|銀行|廠商|店家|結果|調查)`,
    String.raw`(?:尚未|還沒|仍在|仍未)`,
  ],
};
