import type { TextsByTitle } from './types';

/**
 * Ten well-used demo offers (by their German title) in English, Ukrainian, Arabic and Turkish:
 * the Kita-Gutschein, the money families ask about most, counselling, pregnancy, migration and
 * early help. The German names of benefits stay in brackets where families meet them on forms.
 */
// prettier-ignore
export const OFFER_TEXTS: TextsByTitle = {
  'Kita-Gutschein: Antrag und Platzsuche': {
    en: {
      title: 'Childcare voucher (Kita-Gutschein): application and finding a place',
      description: 'Application for the childcare voucher, advice on how many hours of care your child can get and on finding a place through the city’s Kita portal.',
    },
    uk: {
      title: 'Ваучер на дитячий садок (Kita-Gutschein): заява і пошук місця',
      description: 'Заява на ваучер на дитячий садок, консультації щодо тривалості догляду та пошуку місця через міський Kita-портал.',
    },
    ar: {
      title: 'قسيمة الروضة (Kita-Gutschein): الطلب والبحث عن مكان',
      description: 'تقديم طلب قسيمة الروضة، والاستشارة حول عدد ساعات الرعاية والبحث عن مكان عبر بوابة رياض الأطفال التابعة للمدينة.',
    },
    tr: {
      title: 'Kreş kuponu (Kita-Gutschein): başvuru ve yer arama',
      description: 'Kreş kuponu başvurusu, bakım süresi ve belediyenin Kita portalı üzerinden yer arama konusunda danışmanlık.',
    },
  },
  'Elterngeld und ElterngeldPlus: Antrag und Beratung': {
    en: {
      title: 'Parental allowance (Elterngeld) and ElterngeldPlus: application and advice',
      description: 'Advice on basic parental allowance, ElterngeldPlus and the partnership bonus; your application is checked before you hand it in.',
    },
    uk: {
      title: 'Батьківська допомога (Elterngeld) і ElterngeldPlus: заява і консультація',
      description: 'Консультації щодо базової батьківської допомоги, ElterngeldPlus і партнерського бонусу; перевірка заяви перед її поданням.',
    },
    ar: {
      title: 'إعانة الوالدين (Elterngeld) وElterngeldPlus: الطلب والاستشارة',
      description: 'استشارة حول إعانة الوالدين الأساسية وElterngeldPlus ومكافأة الشراكة؛ ومراجعة الطلب قبل تقديمه.',
    },
    tr: {
      title: 'Ebeveyn parası (Elterngeld) ve ElterngeldPlus: başvuru ve danışmanlık',
      description: 'Temel ebeveyn parası, ElterngeldPlus ve ortaklık bonusu hakkında danışmanlık; başvurunuz teslim edilmeden önce kontrol edilir.',
    },
  },
  'Kindergeld: Antrag und Änderungen': {
    en: {
      title: 'Child benefit (Kindergeld): application and changes',
      description: 'Child benefit for newborn children and children who have moved here; reporting changes and handing in documents.',
    },
    uk: {
      title: 'Допомога на дитину (Kindergeld): заява і зміни',
      description: 'Допомога на дитину для новонароджених дітей і дітей, які переїхали сюди; повідомлення про зміни та подання документів.',
    },
    ar: {
      title: 'إعانة الطفل (Kindergeld): الطلب والتغييرات',
      description: 'إعانة الطفل للمواليد الجدد وللأطفال القادمين حديثًا؛ الإبلاغ عن التغييرات وتقديم الوثائق.',
    },
    tr: {
      title: 'Çocuk parası (Kindergeld): başvuru ve değişiklikler',
      description: 'Yeni doğan ve buraya taşınan çocuklar için çocuk parası; değişiklikleri bildirme ve belge teslimi.',
    },
  },
  'Wohngeld: Erstantrag und Weiterbewilligung': {
    en: {
      title: 'Housing benefit (Wohngeld): first application and renewal',
      description: 'Rent allowance and allowance for owner-occupiers; help with the application and with renewing it.',
    },
    uk: {
      title: 'Допомога на житло (Wohngeld): перша заява і продовження',
      description: 'Доплата до орендної плати та до витрат на власне житло; допомога із заявою та з продовженням виплат.',
    },
    ar: {
      title: 'إعانة السكن (Wohngeld): الطلب الأول والتجديد',
      description: 'دعم الإيجار ودعم تكاليف السكن المملوك؛ المساعدة في تقديم الطلب وفي تجديده.',
    },
    tr: {
      title: 'Kira yardımı (Wohngeld): ilk başvuru ve uzatma',
      description: 'Kira desteği ve ev sahipleri için masraf desteği; başvuruda ve yardımın uzatılmasında destek.',
    },
  },
  'Erziehungs- und Familienberatung': {
    en: {
      title: 'Parenting and family counselling',
      description: 'Counselling for parents, children and young people on questions of upbringing, conflicts and stress; free of charge and confidential.',
    },
    uk: {
      title: 'Консультації з питань виховання і сім’ї',
      description: 'Консультації для батьків, дітей і молоді з питань виховання, конфліктів і психологічного навантаження; безкоштовно й конфіденційно.',
    },
    ar: {
      title: 'استشارات التربية والأسرة',
      description: 'استشارة للآباء والأمهات والأطفال والشباب في مسائل التربية والخلافات والضغوط؛ مجانية وسرية.',
    },
    tr: {
      title: 'Eğitim ve aile danışmanlığı',
      description: 'Ebeveynler, çocuklar ve gençler için çocuk yetiştirme, çatışmalar ve zorlanmalar konusunda danışmanlık; ücretsiz ve gizli.',
    },
  },
  'Schwangerschafts- und Schwangerschaftskonfliktberatung': {
    en: {
      title: 'Pregnancy counselling and counselling in pregnancy conflicts',
      description: 'Advice on everything about pregnancy and birth, applications to the Federal Foundation Mother and Child (Bundesstiftung Mutter und Kind), and counselling in a pregnancy conflict under section 219 of the German Criminal Code.',
    },
    uk: {
      title: 'Консультації під час вагітності та в конфліктних ситуаціях вагітності',
      description: 'Консультації з усіх питань вагітності та пологів, заяви до Федерального фонду «Мати і дитина» (Bundesstiftung Mutter und Kind) і консультації в конфліктній ситуації вагітності згідно з § 219 Кримінального кодексу Німеччини.',
    },
    ar: {
      title: 'استشارات الحمل واستشارات النزاع في الحمل',
      description: 'استشارة في كل ما يتعلق بالحمل والولادة، وتقديم الطلبات إلى المؤسسة الاتحادية «الأم والطفل» (Bundesstiftung Mutter und Kind)، واستشارة النزاع في الحمل وفق المادة 219 من قانون العقوبات الألماني.',
    },
    tr: {
      title: 'Hamilelik danışmanlığı ve hamilelikte çatışma danışmanlığı',
      description: 'Hamilelik ve doğumla ilgili her konuda danışmanlık, Federal Anne ve Çocuk Vakfı’na (Bundesstiftung Mutter und Kind) başvurular ve Alman Ceza Kanunu’nun 219. maddesine göre hamilelikte çatışma danışmanlığı.',
    },
  },
  'Migrationsberatung für Familien': {
    en: {
      title: 'Migration counselling for families',
      description: 'Advice on residence, family reunification, recognition of qualifications and language courses; we go with you to public offices.',
    },
    uk: {
      title: 'Міграційні консультації для сімей',
      description: 'Консультації щодо права на перебування, возз’єднання сім’ї, визнання кваліфікацій і мовних курсів; супровід до державних установ.',
    },
    ar: {
      title: 'استشارات الهجرة للعائلات',
      description: 'استشارة حول الإقامة ولمّ شمل الأسرة والاعتراف بالشهادات ودورات اللغة؛ ومرافقة إلى الدوائر الرسمية.',
    },
    tr: {
      title: 'Aileler için göç danışmanlığı',
      description: 'Oturum, aile birleşimi, diplomaların tanınması ve dil kursları konusunda danışmanlık; resmi dairelere refakat.',
    },
  },
  'Unterhaltsvorschuss: Antrag und Beratung': {
    en: {
      title: 'Advance maintenance payments (Unterhaltsvorschuss): application and advice',
      description: 'Advance maintenance payments for children up to 18 when the other parent does not pay, or does not pay regularly.',
    },
    uk: {
      title: 'Аванс аліментів (Unterhaltsvorschuss): заява і консультація',
      description: 'Аванс аліментів на дітей до 18 років, якщо інший з батьків не платить аліменти або платить нерегулярно.',
    },
    ar: {
      title: 'سلفة النفقة (Unterhaltsvorschuss): الطلب والاستشارة',
      description: 'سلفة النفقة للأطفال حتى سن 18 عامًا إذا لم يدفع الوالد الآخر النفقة أو لم يدفعها بانتظام.',
    },
    tr: {
      title: 'Nafaka avansı (Unterhaltsvorschuss): başvuru ve danışmanlık',
      description: 'Diğer ebeveyn nafaka ödemediğinde ya da düzenli ödemediğinde 18 yaşına kadar çocuklar için nafaka avansı.',
    },
  },
  'Beratung für Geflüchtete aus der Ukraine': {
    en: {
      title: 'Counselling for refugees from Ukraine',
      description: 'Residence, citizen’s income (Bürgergeld), finding a flat, day care and school — in Ukrainian and Russian.',
    },
    uk: {
      title: 'Консультації для біженців з України',
      description: 'Право на перебування, громадянська допомога (Bürgergeld), пошук житла, дитячий садок і школа — українською та російською мовами.',
    },
    ar: {
      title: 'استشارات للاجئين من أوكرانيا',
      description: 'الإقامة، وإعانة المواطن (Bürgergeld)، والبحث عن سكن، وروضة الأطفال والمدرسة — باللغتين الأوكرانية والروسية.',
    },
    tr: {
      title: 'Ukrayna’dan gelen mülteciler için danışmanlık',
      description: 'Oturum, vatandaşlık parası (Bürgergeld), ev arama, kreş ve okul — Ukraynaca ve Rusça.',
    },
  },
  'Familienhebammen und Frühe Hilfen': {
    en: {
      title: 'Family midwives and early support',
      description: 'Family midwives and family paediatric nurses visit families at home during the baby’s first year.',
    },
    uk: {
      title: 'Сімейні акушерки та рання допомога',
      description: 'Сімейні акушерки та медсестри з догляду за дітьми супроводжують сім’ї вдома протягом першого року життя дитини.',
    },
    ar: {
      title: 'قابلات الأسرة والمساعدة المبكرة',
      description: 'ترافق قابلات الأسرة وممرضات الأطفال العائلات في بيوتها خلال السنة الأولى من عمر الطفل.',
    },
    tr: {
      title: 'Aile ebeleri ve erken destek',
      description: 'Aile ebeleri ve çocuk sağlığı hemşireleri, bebeğin ilk yılında ailelere evde eşlik eder.',
    },
  },
};
