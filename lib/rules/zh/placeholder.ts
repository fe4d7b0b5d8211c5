/** 待填空格（G11）：重寫建議留下的 `[原因]`、`[替代方案]` 還沒填（內建偵測器）。 */
import type { RuleSource } from '../types';

export const PLACEHOLDER: RuleSource[] = [
  {
    id: 'zh.placeholder.wei-tian',
    category: 'placeholder',
    severity: 'error',
    guideline: 'G11',
    message: '方括號裡的文字是重寫建議留下的空格：送出前請換成實際的內容。',
    detector: 'placeholder',
    suggestions: [],
    examples: {
      flag: ['這筆訂單無法取消，因為[原因]；不過我可以[替代方案]。'],
      pass: ['請參考說明文件的第[3]點。', '設定方式請看[教學頁](https://help.example.tw/setup)。'],
    },
  },
];
