import type { GuidelineId } from '../checker/types';
import type { Guideline } from './en';

/**
 * The service guidelines in Traditional Chinese: the eleven of lib/guidelines/en.ts, written for
 * replies that address the customer as 您 / 閣下 (Taiwan and Hong Kong share them). Shown with
 * the findings of a Chinese reply (guidelineText's `lang`); the checklist's wording is in the
 * zh_TW / zh_HK UI catalogues (lib/i18n).
 */
export const GUIDELINES_ZH: Record<GuidelineId, Guideline> = {
  G1: {
    id: 'G1',
    title: '先回應客戶，而且要快',
    text: '開頭先讓客戶知道您看到了他遇到的狀況，再開始解釋或更正任何事。',
  },
  G2: {
    id: 'G2',
    title: '同理，但不卑躬屈膝',
    text: '說出這個問題對客戶造成的影響。道歉可有可無，理解不能少。不要把問題說小。',
  },
  G3: {
    id: 'G3',
    title: '負責解決，放下面子',
    text: '談接下來會怎麼處理，而不是誰對誰錯。替公司辯護，解決不了客戶的問題。',
  },
  G4: {
    id: 'G4',
    title: '說明，不說教',
    text: '客戶通常不是專家。像跟同事說話一樣，用平常的話說明原因，不要提醒他哪裡沒注意到。',
  },
  G5: {
    id: 'G5',
    title: '拒絕的是要求，不是客戶',
    text: '答案是不行時，說明真正的原因，並提供替代方案或下一步。在直接拒絕之前，先找找看有沒有折衷的做法。',
  },
  G6: {
    id: 'G6',
    title: '規定要說明用意',
    text: '提到規定或條款時，一併說明它為什麼存在，以及客戶現在還能怎麼做。',
  },
  G7: {
    id: 'G7',
    title: '專注解決，不追究過錯',
    text: '用中性的方式描述發生了什麼，然後進入解決方法。不要把錯推到客戶身上。',
  },
  G8: {
    id: 'G8',
    title: '講事實，不帶火氣',
    text: '語氣保持平穩。重點靠清楚來突顯，不靠音量：不用「！！！」或連續的問號驚嘆號。',
  },
  G9: {
    id: 'G9',
    title: '說清楚下一步和時間',
    text: '說明接下來會發生什麼、由誰處理、什麼時候完成。',
  },
  G10: {
    id: 'G10',
    title: '多溝通，主動追蹤',
    text: '事情還沒處理完時，承諾會更新進度，並說明會用什麼方式、在什麼時候通知客戶。',
  },
  G11: {
    id: 'G11',
    title: '掌握專業',
    text: '內容要具體、正確。不確定時，說明您會怎麼查證，而不是用猜的，或留下空白。',
  },
};
