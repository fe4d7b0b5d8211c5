/**
 * The Traditional Chinese rule pack on sentences a Taiwan or Hong Kong support agent would write:
 * each category is flagged, the Chinese hard negatives (data/tone/zh/GUIDE.md) stay clean,
 * explained refusals and policies are quiet, stacked full-width marks are shouting while Latin
 * acronyms never are, and the rewrites keep their facts with clean full-width seams. None of these
 * sentences comes from data/tone/zh.
 */
import { describe, expect, it } from 'vitest';
import { check, type Finding } from '../../lib/checker';
import { factsOf, vetRewrite } from '../../lib/checker/vet';
import { guidelineText, langOfRule } from '../../lib/guidelines/en';
import { PACKS } from '../../lib/rules';

/** The rules alone: what the tone model adds is its own tests' business (test/unit/model*.test.ts). */
const zh = (text: string) => check(text, { lang: 'zh', model: false });
/** Findings that count (info is a nudge, not a flag). */
const flagged = (text: string) => zh(text).findings.filter((f) => f.severity !== 'info');

function applied(text: string, f: Finding, i = 0): string {
  const fix = f.fixes![i];
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

function finding(text: string, ruleId: string): Finding {
  const f = zh(text).findings.find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`no ${ruleId} in ${JSON.stringify(text)}: ${zh(text).findings.map((x) => x.ruleId).join(', ')}`);
  return f;
}

describe('Chinese pack: every category is flagged', () => {
  const cases: Array<[string, string, string]> = [
    ['blame', 'zh.blame.zao-jiu', '取件通知早就傳給您了，只是您沒有點開。'],
    ['blame', 'zh.blame.zao-jiu', '閣下可能未有留意賬單上的到期日。'],
    ['blame', 'zh.blame.ying-gai-xian', '您下單時應該先確認規格才對。'],
    ['blame', 'zh.blame.ni-zi-ji', '這組密碼是您自己設定的，輸錯三次就會鎖住。'],
    ['blame', 'zh.blame.ni-zi-ji', '是不是您家人用了這張卡呢？'],
    ['blame', 'zh.blame.jiu-bu-hui', '只要照著說明書接線，就不會有這種問題。'],
    ['defensive', 'zh.defensive.bu-shi-wo-men', '包裹延誤是黑貓的問題，跟我們無關。'],
    ['defensive', 'zh.defensive.bu-shi-wo-men', '扣款延遲並非本行的責任。'],
    ['defensive', 'zh.defensive.cong-lai-mei', '我們的計費系統一直都很準確。'],
    ['defensive', 'zh.defensive.ye-jie-di-yi', '這款濾水器賣了三年，閣下是第一位反映漏水的客人。'],
    ['dismissive', 'zh.dismissive.zhi-shi-er-yi', '只是晚了二十分鐘而已，餐點還是熱的。'],
    ['dismissive', 'zh.dismissive.zhi-shi-er-yi', '少咗一包醬啫。'],
    ['dismissive', 'zh.dismissive.hen-zheng-chang', '連假期間班次誤點很正常。'],
    ['dismissive', 'zh.dismissive.bu-yong-dan-xin', '訊號偶爾不穩，您不用那麼緊張。'],
    ['condescending', 'zh.condescending.yi-jing-shuo-guo', '我之前已經說明過了，優惠券只能用一次。'],
    ['condescending', 'zh.condescending.xiang-xin-nin-ming-bai', '相信閣下亦明白，保費會隨年齡調整。'],
    ['condescending', 'zh.condescending.bu-shi-xie-de-hen-qing-chu', '繳費期限在簡訊第一行不是寫得很清楚嗎？'],
    ['condescending', 'zh.condescending.xia-ci-ji-de', '以後記得先看清楚尺寸表再下單喔。'],
    ['refusal', 'zh.refusal.mei-ban-fa', '這張優惠券沒辦法幫您延長期限。'],
    ['refusal', 'zh.refusal.mei-ban-fa', '閣下的豁免申請不獲批准。'],
    ['refusal', 'zh.refusal.mei-ban-fa', '這項加購我們這邊不太方便處理。'],
    ['refusal', 'zh.refusal.mei-ban-fa', '呢個套餐退唔到款。'],
    ['policy', 'zh.policy.yi-gui-ding', '依本行規定，信用卡年費不按月退還。'],
    ['policy', 'zh.policy.yi-gui-ding', '預購商品要全部到齊才出貨，這是公司的規定。'],
    ['policy', 'zh.policy.yi-gui-ding', '相關細節請參閱會員條款。'],
    ['policy', 'zh.policy.gui-ding-jiu-shi', '補寄要先寄回原商品，流程就是這樣。'],
    ['shouting', 'zh.shouting.biao-dian', '請不要再打電話來催了！！！'],
    ['shouting', 'zh.shouting.biao-dian', '您確定地址沒有填錯嗎？！'],
  ];
  for (const [category, ruleId, text] of cases) {
    it(`${category}: ${text}`, () => {
      const hits = flagged(text).filter((f) => f.ruleId === ruleId);
      expect(hits.map((f) => f.category), JSON.stringify(zh(text).findings.map((f) => f.ruleId))).toContain(category);
    });
  }

  it('a Traditional Chinese reply is detected and coached without an explicit language', () => {
    const r = check('您好，退款的部分我們無法處理。', { model: false });
    expect(r.lang).toBe('zh');
    expect(r.findings.map((f) => f.ruleId)).toContain('zh.refusal.mei-ban-fa');
  });

  it('softening particles (喔、呢、耶) never make a no acceptable', () => {
    for (const text of ['沒辦法喔。', '這個不行耶。', '這筆費用無法退還喔。']) expect(flagged(text).map((f) => f.category), text).toContain('refusal');
  });
});

describe('Chinese pack: the hard negatives stay clean', () => {
  const cases: Array<[string, string]> = [
    ['no-problem-yes', '沒問題，收件時段已經改成晚上了。'],
    ['no-problem-yes', '冇問題，我幫你改去銅鑼灣分店。'],
    ['no-problem-yes', '可以喔，沒問題！'],
    ['just-helpful', '您只要在訂單頁按「申請退貨」，就可以安排到府收件。'],
    ['just-helpful', '只要在月底前完成綁定，就能拿到回饋。'],
    ['just-helpful', '閣下只需在App內按「改派」即可。'],
    ['explained-refusal', '這張票已經過了發車時間，所以沒辦法退票；不過我可以幫您改成明天同一時段的班次。'],
    ['explained-refusal', '由於商品已經拆封，我們無法接受退貨；但保固期內可以免費維修。'],
    ['firm-kind-no', '很抱歉，因為這筆交易已經完成清算，我們沒辦法直接取消；您可以向商家申請退款，我們會協助追蹤。'],
    ['policy-noun', '您的保單號碼是 LF-2026-0311。'],
    ['policy-noun', '閣下的家居保單涵蓋水浸損失，每次上限為HK$30,000。'],
    ['policy-noun', '您投保的醫療保單，住院每日給付NT$2,500。'],
    ['explained-policy', '依個資法規定，通聯紀錄只能給門號本人，這是為了保護您的隱私；您可以帶身分證到門市申請。'],
    ['acronym-code', '您可以在 7-ELEVEN 用 LINE Pay 結帳，再到 ibon 印出繳費單。'],
    ['acronym-code', '您的 ATM 轉帳已完成，OTP 驗證碼與 SIM 卡都不用更換，APP 也不必重裝。'],
    ['acronym-code', '運單號 SF1402281937465 已到達觀塘順豐站。'],
    ['warm-reminder', '溫馨提醒，出國前可以先開通漫遊，以免到當地無法上網。'],
    ['warm-reminder', '提醒您，優惠券在結帳頁才會顯示，記得先登入會員。'],
    ['polite-request', '麻煩您回覆正確的統編，我們會重新開立發票。'],
    ['polite-request', '煩請閣下提供單位地址及方便的時段。'],
    ['empathy', '不好意思讓您久等了，造成您的困擾，敬請見諒。'],
    ['owning-mistake', '包裹少了一個配件，是我們包裝時漏放，責任在我們，不是您下單有誤。'],
    ['should-future', '新的SIM卡應該會在週四前寄到您府上。'],
    ['neutral-fact', '取貨簡訊於3月5日發送至您登記的手機。'],
    ['partner-fact', '黑貓回覆包裹因分貨中心設備故障延誤一天，今天已重新配送。'],
    ['customer-words', '您提到「禮物週六就要送人」，我們已經改成今天下午出貨。'],
    ['reassurance', '不用擔心，款項已經在今天退回您的帳戶了。'],
    ['reassurance', '尺寸選錯很常見，您不用不好意思，我們幫您換就好。'],
    ['safety-warning', '請千萬不要把驗證碼告訴任何人，包括自稱客服的人。'],
    ['safety-warning', '帳號刪除後資料將無法還原，請先完成備份。'],
    ['only-factual', '只有帳號擁有者可以刪除專案，這是為了避免誤刪。'],
    ['thanks', '謝謝您的耐心等候！'],
    ['thanks', '感謝您的來信！！'],
    ['comparison-neutral', '年繳方案比月繳便宜約一成，平均每月NT$378。'],
    ['recap', '跟您確認一下，您要改成不加冰、半糖，對嗎？'],
    ['instruction', '請在App首頁點「我的帳戶」，再選「付款設定」。'],
    ['quoted-label', '請點選頁面上的「確認送出」按鈕。'],
  ];
  for (const [kind, text] of cases) {
    it(`${kind}: ${text}`, () => {
      expect(flagged(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
    });
  }

  it('Simplified Chinese is not this pack’s language: a bare no written in it gets nothing', () => {
    const r = check('这个订单我们无法退款。');
    expect(r.lang).toBe('zh-Hans');
    expect(r.findings).toEqual([]);
    // The same no in Traditional characters is coached.
    expect(check('這個訂單我們無法退款。', { model: false }).findings.map((f) => f.category)).toContain('refusal');
  });
});

describe('Chinese pack: explained refusals and policies', () => {
  it('a no with a reason and an alternative is quiet; with one of them it is a nudge', () => {
    expect(zh('這筆訂單已經出貨，所以無法取消；不過您可以在收到後申請退貨。').findings.filter((f) => f.category === 'refusal')).toEqual([]);
    const half = zh('因為已經過了鑑賞期，這筆訂單無法退貨。').findings.filter((f) => f.category === 'refusal');
    expect(half.map((f) => f.severity)).toEqual(['info']);
    expect(flagged('這筆訂單無法退貨。').map((f) => f.category)).toEqual(['refusal']);
  });

  it('a way forward later in the same paragraph explains the no', () => {
    const text = '您好，這個優惠碼無法和會員折扣同時使用，因為兩者都是折抵運費。\n我可以先幫您套用折扣較多的會員價，差額NT$60會直接退到您的信用卡。';
    expect(flagged(text).filter((f) => f.category === 'refusal')).toEqual([]);
  });

  it('a rule cited with its reason and what can still be done is quiet; without them it is flagged', () => {
    expect(flagged('依照公司規定，冷凍商品不接受退貨，因為退冰後無法再販售；不過您可以申請補寄。').filter((f) => f.category === 'policy')).toEqual([]);
    expect(flagged('依照公司規定，冷凍商品不接受退貨。').map((f) => f.ruleId)).toContain('zh.policy.yi-gui-ding');
  });

  it('a wall phrase stays a wall even when the next sentence offers something', () => {
    const text = '發票開立後不能改抬頭，規定就是規定。您可以下次結帳時填統編。';
    expect(flagged(text).map((f) => f.ruleId)).toContain('zh.policy.gui-ding-jiu-shi');
  });

  it('an insurance policy (保單) is a document, not a rule hidden behind', () => {
    for (const text of ['根據您的保單條款，這次門診手術可以理賠NT$8,000。', '您的意外險保單從4月9日起生效，電子保單已寄到信箱。']) {
      expect(flagged(text), text).toEqual([]);
    }
  });
});

describe('Chinese shouting', () => {
  it('three full-width marks, "？！" or "？？" are shouting; one or two "！" are not', () => {
    expect(flagged('您的包裹已經送達了！').filter((f) => f.category === 'shouting')).toEqual([]);
    expect(flagged('您的包裹已經送達了！！').filter((f) => f.category === 'shouting')).toEqual([]);
    expect(flagged('您真的有重新開機嗎？！').map((f) => f.text)).toEqual(['？！']);
    expect(flagged('您的包裹已經送達了！！！').map((f) => f.text)).toEqual(['！！！']);
    expect(flagged('這是您本人操作的嗎？？').map((f) => f.text)).toEqual(['？？']);
  });

  it('two marks after thanks are warmth too; three are not', () => {
    expect(flagged('非常感謝您的耐心！！')).toEqual([]);
    expect(flagged('非常感謝您的耐心！！！').map((f) => f.category)).toEqual(['shouting']);
  });

  it('Latin acronyms and brand names in capitals never count as shouting', () => {
    const text = '請帶 APP 裡的 QR CODE 到 7-ELEVEN 或 FAMILYMART，用 LINE PAY 或 ATM 付款，收到 OTP 後再換 SIM 卡。';
    expect(flagged(text)).toEqual([]);
  });

  it('calms stacked marks to one full-width mark', () => {
    const text = '款項已經退回了！！！';
    expect(applied(text, finding(text, 'zh.shouting.biao-dian'))).toBe('款項已經退回了！');
    const q = '您真的有收到簡訊嗎？！';
    expect(applied(q, finding(q, 'zh.shouting.biao-dian'))).toBe('您真的有收到簡訊嗎？');
  });
});

describe('Chinese rewrites', () => {
  it('rebuilds a bare no around its own facts, with a reason and an alternative to fill in', () => {
    const text = '訂單 TW-20261103-88 的運費NT$1,280，我們無法退還。';
    const f = finding(text, 'zh.refusal.mei-ban-fa');
    expect(f.fixes![0].sentence).toBe('訂單 TW-20261103-88 的運費NT$1,280，我們無法退還，因為[原因]；不過我可以[替代方案]。');
    expect(applied(text, f)).toBe(f.fixes![0].sentence);
    // The edit is the inserted clause alone: a Han character is a word of its own, so the edit
    // does not swallow the whole run of characters before it.
    expect(f.fixes![0]).toMatchObject({ start: 36, end: 36, text: '，因為[原因]；不過我可以[替代方案]' });
  });

  it('drops a trailing softener before the clause it appends', () => {
    const text = '這筆年費沒辦法退還喔。';
    const f = finding(text, 'zh.refusal.mei-ban-fa');
    expect(f.fixes![0].sentence).toBe('這筆年費沒辦法退還，因為[原因]；不過我可以[替代方案]。');
    const sorry = '嗯…這部分恐怕沒辦法耶，不好意思。';
    expect(finding(sorry, 'zh.refusal.mei-ban-fa').fixes![0].sentence).toBe('嗯…這部分恐怕沒辦法，因為[原因]；不過我可以[替代方案]。');
  });

  it('drops a policy frame and keeps the greeting and the rule’s content', () => {
    const text = '陳先生，依照公司規定，HK$350 的按金於2026/11/03後才會退還。';
    const f = finding(text, 'zh.policy.yi-gui-ding');
    expect(f.fixes![0].sentence).toBe('陳先生，HK$350 的按金於2026/11/03後才會退還，這是為了[原因]。');
  });

  it('drops a trailing "這是公司規定"', () => {
    const text = '週日不出貨，這是公司規定。';
    expect(finding(text, 'zh.policy.yi-gui-ding').fixes![0].sentence).toBe('週日不出貨，這是為了[原因]。');
  });

  it('drops "我已經說過了" and keeps the answer', () => {
    const text = '我剛剛已經說過了，設定在「通知」頁面。';
    const f = finding(text, 'zh.condescending.yi-jing-shuo-guo');
    expect(f.fixes![0].sentence).toBe('設定在「通知」頁面。');
    expect(applied(text, f)).toBe('設定在「通知」頁面。');
  });

  const replies = [
    '許太太您好：\n訂單 A26110388 的退款NT$1,280，我們這邊沒辦法處理。',
    '閣下於2026/11/03提出的申請，HK$350 恕難退還。',
    '依本行規定，SF1402281937465 這件包裹逾期一律退回。',
    '7-ELEVEN 取貨的包裹無法改寄到府，這是系統設定。',
    '您要求的補償，我們不會另外處理。',
  ];
  for (const text of replies) {
    it(`every offered rewrite keeps its facts and clean seams: ${JSON.stringify(text.slice(0, 24))}`, () => {
      const r = zh(text);
      const offered = r.findings.flatMap((f) => (f.fixes ?? []).map((fix) => ({ f, fix })));
      expect(offered.length).toBeGreaterThan(0);
      for (const { f, fix } of offered) {
        expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain(fix.sentence);
        expect(fix.sentence).not.toMatch(/[，、；：。]\s*[，。、；：！？]|\s[，。！？]|，，|。。/);
        for (const fact of factsOf(text.slice(f.start, f.end)).filter((x) => /\d/.test(x))) expect(fix.sentence).toContain(fact);
        // Filled in with anything, the rewrite is not flagged again for the same thing.
        const again = zh(fix.sentence.replace(/\[[^\]]+\]/g, '相關內容')).findings;
        expect(again.filter((g) => g.category === f.category && g.severity !== 'info')).toEqual([]);
      }
    });
  }

  it('the vetting rejects doubled full-width punctuation and a lost code', () => {
    expect(vetRewrite('我們無法退款。', '我們無法退款，，因為[原因]。', 'straight')).toBe('broken punctuation');
    expect(vetRewrite('我們無法退款。', '我們無法退款。。', 'straight')).toBe('broken punctuation');
    expect(vetRewrite('訂單A26110388無法退款。', '這筆訂單無法退款，因為[原因]。', 'straight')).toMatch(/drops "A26110388"/);
  });

  it('reads a code or an amount as a fact without the Han characters around it', () => {
    expect(factsOf('訂單SF1402281937465的運費NT$1,280於2026/11/03前退回')).toEqual(['SF1402281937465', 'NT', '$1,280', '2026/11/03']);
  });
});

describe('Chinese checklist, guidelines and placeholders', () => {
  it('finds the acknowledgement, next step, timeframe and follow-up of a Chinese reply', () => {
    const r = zh('很抱歉讓您等了這麼多天。我們已經幫您重新寄出，預計明天下午送達，有任何進度會再通知您。');
    const state = Object.fromEntries(r.checklist.map((c) => [c.id, c.state]));
    expect(state).toMatchObject({ acknowledge: 'met', 'next-step': 'met', timeframe: 'met' });
    // Chinese is counted in characters: a reply of a few clauses is not a one-liner.
    expect(r.words).toBeGreaterThan(30);
  });

  it('a Chinese finding cites its guideline in Chinese; a team’s wording still wins', () => {
    const f = flagged('這筆訂單無法退貨。')[0];
    expect(langOfRule(f.ruleId)).toBe('zh');
    expect(guidelineText(f.guideline, undefined, 'zh').title).toBe('拒絕的是要求，不是客戶');
    expect(guidelineText(f.guideline, { G5: '先說原因。' }, 'zh').text).toBe('先說原因。');
  });

  it('flags an unfilled Chinese placeholder left by a rewrite', () => {
    const r = zh('這筆訂單無法取消，因為[原因]；不過我可以[替代方案]。');
    expect(r.findings.filter((f) => f.category === 'placeholder').map((f) => f.text)).toEqual(['[原因]', '[替代方案]']);
    expect(r.gaps).toBe(2);
  });

  it('a team’s own Chinese rule now applies to Chinese replies', () => {
    const custom = [{ id: 'not-ours', lang: 'zh' as const, kind: 'phrase' as const, pattern: '不在我們管轄', category: 'defensive' as const, severity: 'warning' as const, message: '先說明可以向哪個單位反映。' }];
    const r = check('那段人行道不在我們管轄。', { settings: { custom }, model: false });
    expect(r.findings.map((f) => [f.ruleId, f.text])).toContainEqual(['custom:not-ours', '不在我們管轄']);
  });

  it('the pack gates its patterns by literal substrings, not words', () => {
    const pack = PACKS.zh!;
    expect(pack.literals).toBeDefined();
    expect(PACKS.en!.literals).toBeUndefined();
    const rule = pack.rules.find((r) => r.def.id === 'zh.refusal.mei-ban-fa')!;
    expect(rule.triggers).toEqual(expect.arrayContaining(['無法', '不予', '恕']));
    expect(pack.byTrigger.get('無法')).toContain(rule);
  });
});
