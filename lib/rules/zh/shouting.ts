/** 語氣太衝（G8）：連續的全形驚嘆號、問號（內建偵測器，由此規則設定）。 */
import type { RuleSource } from '../types';

/**
 * Only stacked marks: capitals mean nothing in Han text, and the Latin words a Chinese reply
 * carries are brand names and codes (7-ELEVEN, LINE Pay, ATM, OTP), so this pack has no caps rule.
 */
export const SHOUTING: RuleSource[] = [
  {
    id: 'zh.shouting.biao-dian',
    category: 'shouting',
    severity: 'warning',
    guideline: 'G8',
    message: '連續三個「！」或「？！」讀起來像在大聲說話。一個標點就夠了，讓內容本身說清楚。',
    detector: 'punctuation',
    suggestions: [],
    examples: {
      flag: ['請不要再重複下單了！！！', '您真的有收到簡訊嗎？！', '款項已經退回了！！！'],
      pass: ['謝謝您的耐心等候！', '感謝您的來信！！', '請於今晚8點前到 7-ELEVEN 取件，並出示 LINE Pay 付款畫面。', '您的 ATM 轉帳已入帳，OTP 與 SIM 卡都不需要更換。', '好的，馬上幫您處理！'],
    },
  },
];
