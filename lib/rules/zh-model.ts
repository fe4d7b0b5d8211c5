/**
 * The Chinese tone model's findings, as rule data: one per category the model learns
 * (`zh.model.<category>`), listed, switched off, re-graded and locked like any rule, their
 * examples run through check() like a rule's (test/unit/rules-meta.test.ts). The model itself is
 * lib/model/zh-model.json, trained by `npm run train -- --lang zh` from data/tone/zh; it reads Han
 * text a character at a time (lib/model/features.ts).
 *
 * As in English (./en-model.ts), a model finding gets a rewrite only where a rule construction
 * applies (a no rebuilt around its own words, a policy frame turned into its reason); otherwise
 * its message is the guidance.
 */
import type { RuleDef } from './types';

export const ZH_MODEL_RULES: RuleDef[] = [
  {
    id: 'zh.model.blame',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    detector: 'model',
    message: '這句話聽起來像是把錯推到客戶身上。平實說明發生了什麼，以及接下來怎麼解決。',
    suggestions: [],
    examples: {
      flag: ['訂單上的地址是您結帳時自己填寫的。'],
      pass: ['送貨備註沒有傳到司機那裡，所以我已經幫您補上大樓的門禁密碼。'],
    },
  },
  {
    id: 'zh.model.defensive',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    detector: 'model',
    message: '這句話在替公司辯護，沒有幫上客戶。省略辯解，直接說接下來會怎麼處理。',
    suggestions: [],
    examples: {
      flag: ['我們的技術人員都是業界最資深的。'],
      pass: ['技術人員可以在週四上午再過去一趟，把工作完成。'],
    },
  },
  {
    id: 'zh.model.dismissive',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    detector: 'model',
    message: '這句話淡化了問題或客戶的感受。先承認這件事對客戶的影響，再說明事實。',
    suggestions: [],
    examples: {
      flag: ['斷線幾分鐘而已，很多人根本不會注意到。'],
      pass: ['您出國前急著用卻要等兩天，真的很困擾，所以我已經幫您升級成快遞。'],
    },
  },
  {
    id: 'zh.model.condescending',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    detector: 'model',
    message: '這句話有居高臨下的口氣。像對同事說明一樣，簡單清楚地講一次就好。',
    suggestions: [],
    examples: {
      flag: ['您再看一次我們上次寄的信就知道了。'],
      pass: ['匯出按鈕在報表的右上角，我附上截圖給您參考。'],
    },
  },
  {
    id: 'zh.model.refusal',
    category: 'refusal',
    severity: 'warning',
    guideline: 'G5',
    detector: 'model',
    explainable: true,
    partialMessage: '拒絕時最好同時說明原因和替代方案：補上還缺的那一項。',
    message: '這是沒有原因、也沒有出路的拒絕。說明原因，並告訴客戶可以改怎麼做。',
    suggestions: ['{body}，因為[原因]；不過我可以[替代方案]{end}'],
    withReason: ['{body}；不過我可以[替代方案]{end}', '{body}。我們可以改為[替代方案]{end}'],
    examples: {
      flag: ['退運費這部分我們不處理。'],
      pass: ['週末沒辦法安裝，因為施工團隊只排平日的班，不過我可以幫您預約平日最早的早上八點。'],
    },
  },
  {
    id: 'zh.model.policy',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    detector: 'model',
    explainable: true,
    partialMessage: '搬出規定時，最好同時說明原因和客戶還能怎麼做：補上還缺的那一項。',
    message: '這句話搬出規定，卻沒說規定的用意。說明原因，以及客戶還能怎麼做。',
    suggestions: ['{unframed}，這是為了[原因]{end}'],
    withReason: ['{unframed}；不過您可以[替代方案]{end}', '{unframed}。我們可以改為[替代方案]{end}'],
    examples: {
      flag: ['條款上有寫，請自行參閱。'],
      pass: ['您的旅遊平安險有涵蓋班機延誤，所以您可以申請理賠。'],
    },
  },
];
