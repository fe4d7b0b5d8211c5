/**
 * Chinese word classes of the tone model. Han text is read a character a token
 * (lib/model/features.ts), so a class is a character: the second person, a negation, a modal,
 * a restricting adverb, an apology. Words of two characters ("我們", "其他") reach the model as
 * character bigrams instead.
 */
import type { ClassTable } from './types';

export const ZH_CLASSES: ClassTable = {
  words: {
    YOU: '您 你 妳',
    ME: '我',
    NEG: '不 沒 没 無 未 別 勿 非',
    MOD: '須 應 該 必 需 得',
    INT: '只 就 都 真 竟 根 明 顯',
    CMP: '其 他 大 多 般 常',
    HEDGE: '歉 惜 憾',
  },
};
