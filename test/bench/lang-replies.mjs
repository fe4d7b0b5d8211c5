// Replies in French, Swedish and Traditional Chinese for `npm run bench` (issue 14: check() on
// 300-word fr/sv replies and a 2,000-character zh reply within the English budgets). Written for
// the bench: a greeting, paragraphs of an account review with a few tone problems mixed in, and a
// sign-off; slots make every paragraph unique, so the paragraph cache never answers.

const FR = [
  (s) => `Le colis ${s.order} est parti de notre entrepôt de ${s.site} le ${s.date}. Il est resté bloqué ${s.days} jours au centre de tri, parce que le camion prévu est tombé en panne. Je comprends que ce retard vous ait gênée pour l’ouverture du magasin.`,
  (s) => `Sur la facture ${s.order}, le montant de ${s.amount} a été prélevé deux fois. Cela vient du fait que vous avez validé le bon de commande deux fois dans le portail. J’ai annulé le second prélèvement ; le remboursement apparaîtra sous ${s.days} jours ouvrés.`,
  (s) => `Concernant la livraison du samedi à ${s.site}, nous ne pouvons pas proposer ce créneau. C’est la politique de l’entreprise. Le premier créneau disponible est le ${s.date}, entre 8 h et 12 h, et le chauffeur appellera ${s.person} avant d’arriver.`,
  (s) => `Comme je vous l’ai déjà expliqué, les étiquettes doivent être imprimées à 100 %, sans ajustement à la page. Ce n’est vraiment pas compliqué. Je vous joins un guide d’une page, et ${s.person} peut réserver un appel de dix minutes avec moi le ${s.date}.`,
];

const SV = [
  (s) => `Paket ${s.order} lämnade vårt lager i ${s.site} den ${s.date}. Det blev stående ${s.days} dagar på terminalen eftersom bilen det var bokat på gick sönder. Jag förstår att det ställde till det inför helgen, och det är jag ledsen för.`,
  (s) => `På faktura ${s.order} drogs ${s.amount} två gånger. Det hände eftersom du skickade beställningen två gånger i portalen. Jag har makulerat den andra dragningen, och pengarna syns på kontot inom ${s.days} bankdagar.`,
  (s) => `Du frågade om vi kan hämta returerna i ${s.site} en lördag. Vi kan inte erbjuda helghämtning. Det är företagets policy. Den första lediga tiden är ${s.date} mellan 8 och 12, och chauffören ringer ${s.person} innan hen kommer.`,
  (s) => `Som jag redan har förklarat måste etiketterna skrivas ut i 100 procent, inte anpassat till sidan. Det är verkligen inte så svårt. Jag bifogar en kort guide, och ${s.person} är välkommen att boka ett samtal med mig ${s.date}.`,
];

const ZH = [
  (s) => `您在${s.date}下單的訂單${s.order}，已於隔天從${s.site}倉庫出貨，但因為原本排定的貨車故障，在轉運中心多停留了${s.days}天。這段時間讓您等待，真的很不好意思。`,
  (s) => `關於發票${s.order}重複扣款${s.amount}的問題，是因為您在系統上送出了兩次訂購單，所以才會產生兩筆紀錄。我已經取消第二筆扣款，款項會在${s.days}個工作天內退回原帳戶。`,
  (s) => `您詢問${s.site}門市是否能在週六收回退貨，我們無法安排週末收件。這是公司的規定。目前最早可以預約的時段是${s.date}上午，司機到達前會先打電話給${s.person}。`,
  (s) => `我上次已經說明過了，標籤要用百分之百的比例列印，不能選擇符合頁面。這其實一點都不難。我附上一份操作說明，${s.person}也可以在${s.date}預約十分鐘的電話，我們一起確認設定。`,
];

const SITES = { fr: ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Dijon'], sv: ['Umeå', 'Malmö', 'Örebro', 'Luleå', 'Västerås'], zh: ['桃園', '台中', '高雄', '新竹', '台南'] };
const PEOPLE = { fr: ['Camille', 'Hugo', 'Inès', 'Mathis'], sv: ['Elin', 'Oskar', 'Maja', 'Linnea'], zh: ['陳小姐', '林先生', '王店長', '張經理'] };
const DATES = { fr: (i) => `${3 + (i % 24)} juin`, sv: (i) => `den ${3 + (i % 24)} juni`, zh: (i) => `6月${3 + (i % 24)}日` };
const AMOUNTS = { fr: (i) => `${120 + i * 41},50 €`, sv: (i) => `${(1200 + i * 410).toLocaleString('sv-SE')} kr`, zh: (i) => `NT$${(1200 + i * 410).toLocaleString('en-US')}` };
const FRAME = {
  fr: ['Bonjour Madame Morel,', 'Merci pour votre liste des points ouverts : voici où en est chacun d’eux.', 'Bien cordialement,\nNoémie\nService clients'],
  sv: ['Hej Karin,', 'Tack för listan med öppna ärenden. Här är läget för vart och ett av dem.', 'Vänliga hälsningar,\nJohan\nKundservice'],
  zh: ['陳小姐您好：', '謝謝您整理的待處理事項，以下是各項目目前的處理進度。', '客服中心 敬上'],
};
const SECTIONS = { fr: FR, sv: SV, zh: ZH };

/** A reply in `lang` of about `size` words (fr, sv) or characters (zh). */
export function langReply(lang, size) {
  const [greeting, opening, signOff] = FRAME[lang];
  const parts = [greeting, opening];
  const measure = lang === 'zh' ? (t) => t.length : (t) => t.split(/\s+/).filter(Boolean).length;
  for (let i = 0; measure(parts.join('\n\n')) < size - (lang === 'zh' ? 20 : 10); i++) {
    const slots = {
      order: `${lang === 'zh' ? 'TW' : 'CMD'}-${48_100 + i * 37}`,
      site: SITES[lang][i % SITES[lang].length],
      person: PEOPLE[lang][(i * 3) % PEOPLE[lang].length],
      date: DATES[lang](i),
      amount: AMOUNTS[lang](i),
      days: String(2 + (i % 4)),
    };
    parts.push(SECTIONS[lang][i % SECTIONS[lang].length](slots));
  }
  parts.push(signOff);
  return parts.join('\n\n');
}
