import type { TextsByTitle } from './types';

/**
 * The eleven demo services (demo-services-data.ts, by their German title) in Leichte Sprache,
 * English, Ukrainian, Arabic and Turkish, what to bring (checklist) included. German legal names of benefits stay in brackets where families will meet them on
 * forms and letters.
 */
// prettier-ignore
export const SERVICE_TEXTS: TextsByTitle = {
  Elterngeld: {
    ls: {
      title: 'Eltern-Geld',
      description: 'Sie haben ein Baby bekommen. Sie wollen zu Hause bei Ihrem Baby bleiben. Dann arbeiten Sie weniger. Oder Sie arbeiten gar nicht. Dann verdienen Sie weniger Geld. Dafür gibt es Eltern-Geld. Eltern-Geld ist Geld vom Staat. Sie stellen den Antrag im Internet. Der Antrag heißt: Eltern-Geld Digital. Dann drucken Sie den Antrag aus. Sie unterschreiben den Antrag. Und Sie schicken den Antrag an die Eltern-Geld-Stelle. Wichtig: Stellen Sie den Antrag in den ersten 3 Monaten nach der Geburt. Sonst bekommen Sie weniger Geld.',
      checklist: [
        'Die Geburts-Urkunde von Ihrem Kind. Auf der Urkunde steht: für Eltern-Geld.',
        'Papiere über Ihr Geld aus den letzten 12 Monaten vor der Geburt. Zum Beispiel: Lohn-Abrechnungen.',
        'Ein Papier von der Kranken-Kasse über das Mutterschafts-Geld',
        'Ein Papier von Ihrer Arbeits-Stelle über das Geld im Mutter-Schutz',
        'Ihren Ausweis oder Ihren Pass',
        'Die Nummer von Ihrem Bank-Konto. Die Nummer heißt: IBAN.',
      ],
    },
    en: {
      title: 'Parental allowance (Elterngeld)',
      description: 'Parental allowance replaces part of your income when you look after your child after the birth and work less or not at all: basic parental allowance, ElterngeldPlus and the partnership bonus. You fill in the application online with ElterngeldDigital, print it out and send it, signed, to the parental allowance office. Apply within the first three months after the birth, as payments are only made for three months back.',
      checklist: [
        'Your child’s birth certificate (the copy marked “for Elterngeld”)',
        'Proof of income for the twelve months before the birth (payslips or tax assessment)',
        'Certificate from your health insurance fund on maternity pay',
        'Certificate from your employer on the supplement to maternity pay',
        'Identity card or passport',
        'Bank details (IBAN)',
      ],
    },
    uk: {
      title: 'Батьківська допомога (Elterngeld)',
      description: 'Батьківська допомога частково замінює дохід, якщо після народження дитини ви доглядаєте за нею і працюєте менше або не працюєте зовсім: базова батьківська допомога, ElterngeldPlus і партнерський бонус. Заяву ви заповнюєте онлайн через ElterngeldDigital, роздруковуєте її і надсилаєте з підписом до відділу батьківської допомоги. Подайте заяву протягом перших трьох місяців після народження, бо за минулий час виплачують лише за три місяці.',
      checklist: [
        'Свідоцтво про народження дитини (примірник «для Elterngeld»)',
        'Підтвердження доходу за дванадцять місяців до народження (розрахункові листи або податкове повідомлення)',
        'Довідка лікарняної каси про допомогу по вагітності та пологах',
        'Довідка роботодавця про доплату до допомоги по вагітності та пологах',
        'Посвідчення особи або паспорт',
        'Банківські реквізити (IBAN)',
      ],
    },
    ar: {
      title: 'إعانة الوالدين (Elterngeld)',
      description: 'تعوّض إعانة الوالدين جزءًا من دخلكم إذا كنتم تعتنون بطفلكم بعد الولادة وتعملون أقل أو لا تعملون إطلاقًا: إعانة الوالدين الأساسية، وElterngeldPlus، ومكافأة الشراكة. تملؤون الطلب عبر الإنترنت في ElterngeldDigital، ثم تطبعونه وترسلونه موقّعًا إلى مكتب إعانة الوالدين. قدّموا الطلب خلال الأشهر الثلاثة الأولى بعد الولادة، لأن الدفع بأثر رجعي يقتصر على ثلاثة أشهر فقط.',
      checklist: [
        'شهادة ميلاد الطفل (النسخة المخصصة «لإعانة الوالدين»)',
        'إثباتات الدخل عن الأشهر الاثني عشر السابقة للولادة (كشوف الراتب أو إشعار الضريبة)',
        'إفادة من صندوق التأمين الصحي عن إعانة الأمومة',
        'إفادة من صاحب العمل عن الإضافة إلى إعانة الأمومة',
        'بطاقة الهوية أو جواز السفر',
        'بيانات الحساب المصرفي (IBAN)',
      ],
    },
    tr: {
      title: 'Ebeveyn parası (Elterngeld)',
      description: 'Ebeveyn parası, doğumdan sonra çocuğunuza bakıp daha az çalıştığınızda ya da hiç çalışmadığınızda gelirinizin bir kısmını karşılar: temel ebeveyn parası, ElterngeldPlus ve ortaklık bonusu. Başvuruyu ElterngeldDigital üzerinden çevrimiçi doldurur, çıktısını alır ve imzalayıp ebeveyn parası dairesine gönderirsiniz. Başvuruyu doğumdan sonraki ilk üç ay içinde yapın; geriye dönük olarak yalnızca üç ay için ödeme yapılır.',
      checklist: [
        'Çocuğun doğum belgesi («Elterngeld için» nüshası)',
        'Doğumdan önceki on iki aya ait gelir belgeleri (maaş bordroları veya vergi tebliği)',
        'Sağlık sigortasından annelik parası belgesi',
        'İşverenden annelik parasına ek ödeme belgesi',
        'Kimlik kartı veya pasaport',
        'Banka bilgileri (IBAN)',
      ],
    },
  },
  Kindergeld: {
    ls: {
      title: 'Kinder-Geld',
      description: 'Kinder-Geld ist Geld vom Staat für Ihr Kind. Sie bekommen Kinder-Geld für jedes Kind. Bis Ihr Kind 18 Jahre alt ist. Macht Ihr Kind eine Ausbildung? Oder studiert Ihr Kind? Dann bekommen Sie Kinder-Geld bis 25 Jahre. Die Familien-Kasse zahlt das Kinder-Geld. Sie können den Antrag gleich nach der Geburt stellen. Stellen Sie den Antrag bald. Die Familien-Kasse zahlt nur für 6 Monate rückwärts.',
      checklist: [
        'Die Geburts-Urkunde von Ihrem Kind. Auf der Urkunde steht: für Kinder-Geld.',
        'Ihre Steuer-Nummer und die Steuer-Nummer von Ihrem Kind. Die Nummer heißt: Steuer-Identifikations-Nummer.',
        'Ihren Ausweis oder Ihren Pass',
        'Die Nummer von Ihrem Bank-Konto. Die Nummer heißt: IBAN.',
        'Ist Ihr Kind älter als 18 Jahre? Dann ein Papier von der Schule, der Ausbildung oder der Uni.',
      ],
    },
    en: {
      title: 'Child benefit (Kindergeld)',
      description: 'Child benefit is paid for every child up to the age of 18, and up to 25 while in training or at university. It is paid by the Familienkasse of the Federal Employment Agency; you can apply straight after the birth, and payments are made for up to six months back.',
      checklist: [
        'Your child’s birth certificate (the copy marked “for Kindergeld”)',
        'Tax identification numbers of you and your child',
        'Identity card or passport',
        'Bank details (IBAN)',
        'For children over 18: certificate from school, training or university',
      ],
    },
    uk: {
      title: 'Допомога на дитину (Kindergeld)',
      description: 'Допомогу на дитину виплачують на кожну дитину до 18 років, а під час професійного навчання або навчання в університеті — до 25 років. Її виплачує Сімейна каса (Familienkasse) Федерального агентства з працевлаштування; заяву можна подати одразу після народження, за минулий час виплачують до шести місяців.',
      checklist: [
        'Свідоцтво про народження дитини (примірник «для Kindergeld»)',
        'Податкові ідентифікаційні номери ваш і дитини',
        'Посвідчення особи або паспорт',
        'Банківські реквізити (IBAN)',
        'Для дітей старше 18 років: довідка зі школи, місця професійного навчання або університету',
      ],
    },
    ar: {
      title: 'إعانة الطفل (Kindergeld)',
      description: 'تُدفع إعانة الطفل عن كل طفل حتى سن 18 عامًا، وحتى سن 25 عامًا أثناء التدريب المهني أو الدراسة الجامعية. تدفعها صندوق الأسرة (Familienkasse) التابع للوكالة الاتحادية للعمل؛ يمكنكم تقديم الطلب فور الولادة، ويُدفع بأثر رجعي عن ستة أشهر كحد أقصى.',
      checklist: [
        'شهادة ميلاد الطفل (النسخة المخصصة «لإعانة الطفل»)',
        'أرقام التعريف الضريبي لكم ولطفلكم',
        'بطاقة الهوية أو جواز السفر',
        'بيانات الحساب المصرفي (IBAN)',
        'للأطفال فوق 18 عامًا: إفادة من المدرسة أو مكان التدريب أو الجامعة',
      ],
    },
    tr: {
      title: 'Çocuk parası (Kindergeld)',
      description: 'Çocuk parası her çocuk için 18 yaşına kadar, meslek eğitimi ya da üniversite sırasında 25 yaşına kadar ödenir. Ödemeyi Federal İş Ajansı’nın Aile Kasası (Familienkasse) yapar; başvuruyu doğumdan hemen sonra yapabilirsiniz, geriye dönük olarak en fazla altı ay ödenir.',
      checklist: [
        'Çocuğun doğum belgesi («Kindergeld için» nüshası)',
        'Sizin ve çocuğunuzun vergi kimlik numaraları',
        'Kimlik kartı veya pasaport',
        'Banka bilgileri (IBAN)',
        '18 yaşından büyük çocuklar için: okul, meslek eğitimi veya üniversite belgesi',
      ],
    },
  },
  Kinderzuschlag: {
    ls: {
      title: 'Kinder-Zuschlag',
      description: 'Sie verdienen Geld mit Ihrer Arbeit. Das Geld reicht für Sie. Aber das Geld reicht nicht für die ganze Familie. Dann können Sie Kinder-Zuschlag bekommen. Kinder-Zuschlag ist Geld für Ihre Kinder. Die Familien-Kasse zahlt das Geld. Mit dem Kinder-Zuschlag müssen Sie nichts für die Kita bezahlen. Und Ihr Kind kann Geld für die Schule bekommen. Zum Beispiel für das Mittag-Essen. Sie bekommen den Kinder-Zuschlag für 6 Monate. Danach stellen Sie einen neuen Antrag.',
      checklist: [
        'Papiere über Ihr Geld aus den letzten 6 Monaten',
        'Ihren Miet-Vertrag. Und die Rechnung für die Heizung.',
        'Die Nummer von Ihrem Kinder-Geld',
        'Papiere über Unterhalt. Unterhalt ist Geld für das Kind vom anderen Eltern-Teil.',
        'Bekommen Sie Wohn-Geld? Dann das Papier über das Wohn-Geld.',
        'Die Nummer von Ihrem Bank-Konto. Die Nummer heißt: IBAN.',
      ],
    },
    en: {
      title: 'Child supplement (Kinderzuschlag)',
      description: 'The child supplement helps families whose income is enough for the parents themselves but not for the whole family. Families who receive it pay no day-care fees and get education and participation benefits. It is granted for six months at a time.',
      checklist: [
        'Proof of income for the last six months',
        'Tenancy agreement or proof of housing costs, heating bill',
        'Child benefit number',
        'Proof of maintenance or advance maintenance payments',
        'Housing benefit notice, if you have one',
        'Bank details (IBAN)',
      ],
    },
    uk: {
      title: 'Додаткова допомога на дитину (Kinderzuschlag)',
      description: 'Додаткова допомога на дитину підтримує сім’ї, чийого доходу вистачає самим батькам, але не всій сім’ї. Хто її отримує, не платить внесків за дитячий садок і отримує виплати на освіту та участь (Bildung und Teilhabe). Її призначають на шість місяців.',
      checklist: [
        'Підтвердження доходу за останні шість місяців',
        'Договір оренди або підтвердження витрат на житло, рахунок за опалення',
        'Номер допомоги на дитину (Kindergeldnummer)',
        'Підтвердження аліментів або авансу аліментів',
        'Рішення про допомогу на житло, якщо є',
        'Банківські реквізити (IBAN)',
      ],
    },
    ar: {
      title: 'الإعانة الإضافية للطفل (Kinderzuschlag)',
      description: 'تساعد الإعانة الإضافية للطفل العائلات التي يكفي دخلها للوالدين أنفسهم ولكن لا يكفي للأسرة كلها. من يحصل عليها لا يدفع رسوم الروضة ويحصل على مساعدات التعليم والمشاركة (Bildung und Teilhabe). تُمنح لمدة ستة أشهر.',
      checklist: [
        'إثباتات الدخل عن الأشهر الستة الأخيرة',
        'عقد الإيجار أو إثبات تكاليف السكن، وفاتورة التدفئة',
        'رقم إعانة الطفل (Kindergeldnummer)',
        'إثباتات النفقة أو سلفة النفقة',
        'قرار إعانة السكن إن وجد',
        'بيانات الحساب المصرفي (IBAN)',
      ],
    },
    tr: {
      title: 'Çocuk ek ödeneği (Kinderzuschlag)',
      description: 'Çocuk ek ödeneği, geliri ebeveynlerin kendisine yeten ama tüm aileye yetmeyen ailelere destek olur. Bu ödeneği alanlar kreş katkı payı ödemez ve eğitim ve katılım yardımı (Bildung und Teilhabe) alır. Ödenek altı ay için verilir.',
      checklist: [
        'Son altı aya ait gelir belgeleri',
        'Kira sözleşmesi veya konut giderlerinin belgesi, ısınma faturası',
        'Çocuk parası numarası (Kindergeldnummer)',
        'Nafaka veya nafaka avansı belgeleri',
        'Varsa kira yardımı kararı',
        'Banka bilgileri (IBAN)',
      ],
    },
  },
  'Kita-Gutschein und Betreuungsplatz': {
    ls: {
      title: 'Kita-Gutschein und ein Platz in der Kita',
      description: 'Ihr Kind soll in eine Kita gehen. Oder in einen Hort. Ein Hort ist für Schul-Kinder nach der Schule. Dafür brauchen Sie einen Kita-Gutschein. Der Gutschein ist ein Papier von der Stadt. Auf dem Papier steht: Ihr Kind darf in eine Kita gehen. Und auf dem Papier steht: So viele Stunden am Tag. Mit dem Gutschein suchen Sie selbst eine Kita. Stellen Sie den Antrag früh. Am besten 6 Monate vorher.',
      checklist: [
        'Den Antrag für den Kita-Gutschein',
        'Die Geburts-Urkunde von Ihrem Kind. Oder das Papier von der Anmeldung der Wohnung.',
        'Ihr Kind soll lange in der Kita bleiben? Dann ein Papier über Ihre Arbeit, Ausbildung oder Ihr Studium.',
        'Papiere über Ihr Geld. Danach rechnet die Stadt aus: So viel bezahlen Sie für die Kita.',
        'Ihren Ausweis oder Ihren Pass',
      ],
    },
    en: {
      title: 'Childcare voucher and a place in day care (Kita-Gutschein)',
      description: 'With the childcare voucher (the notice of entitlement), the city confirms your child’s right to a place in a nursery, kindergarten or after-school care and the number of hours. With the voucher you look for a day-care centre yourself; apply about six months before you want the place to start.',
      checklist: [
        'Application for the Kita-Gutschein',
        'Your child’s birth certificate or registration certificate',
        'For more than basic care: proof that the parents work, train or study',
        'Proof of income for calculating the parental fee',
        'Identity card or passport',
      ],
    },
    uk: {
      title: 'Ваучер на дитячий садок і місце в ньому (Kita-Gutschein)',
      description: 'Ваучером на дитячий садок (рішенням про право на місце) місто підтверджує право вашої дитини на місце в яслах, дитячому садку або групі продовженого дня (Hort), а також кількість годин догляду. З ваучером ви самі шукаєте дитячий садок; подайте заяву приблизно за шість місяців до бажаного початку.',
      checklist: [
        'Заява на ваучер на дитячий садок (Kita-Gutschein)',
        'Свідоцтво про народження дитини або довідка про реєстрацію',
        'Для догляду понад базовий обсяг: підтвердження роботи, професійного навчання або навчання батьків',
        'Підтвердження доходу для розрахунку батьківського внеску',
        'Посвідчення особи або паспорт',
      ],
    },
    ar: {
      title: 'قسيمة الروضة ومكان الرعاية (Kita-Gutschein)',
      description: 'بقسيمة الروضة (قرار الاستحقاق) تؤكد المدينة حق طفلكم في مكان في الحضانة أو روضة الأطفال أو الرعاية بعد المدرسة (Hort)، وعدد ساعات الرعاية. بالقسيمة تبحثون بأنفسكم عن روضة؛ قدّموا الطلب قبل نحو ستة أشهر من موعد البدء المرغوب.',
      checklist: [
        'طلب قسيمة الروضة (Kita-Gutschein)',
        'شهادة ميلاد الطفل أو شهادة تسجيل السكن',
        'لرعاية أطول من الرعاية الأساسية: إثبات عمل الوالدين أو تدريبهما أو دراستهما',
        'إثباتات الدخل لحساب رسوم أولياء الأمور',
        'بطاقة الهوية أو جواز السفر',
      ],
    },
    tr: {
      title: 'Kreş kuponu ve bakım yeri (Kita-Gutschein)',
      description: 'Kreş kuponuyla (hak belgesi) belediye, çocuğunuzun kreşte, anaokulunda veya okul sonrası bakımda (Hort) yer hakkını ve bakım süresini onaylar. Kuponla kendiniz bir kreş ararsınız; başvuruyu istediğiniz başlangıçtan yaklaşık altı ay önce yapın.',
      checklist: [
        'Kreş kuponu başvurusu (Kita-Gutschein)',
        'Çocuğun doğum belgesi veya adres kayıt belgesi',
        'Temel bakımdan fazlası için: ebeveynlerin çalıştığını, meslek eğitimi aldığını veya okuduğunu gösteren belge',
        'Veli katkı payının hesaplanması için gelir belgeleri',
        'Kimlik kartı veya pasaport',
      ],
    },
  },
  Kindertagespflege: {
    ls: {
      title: 'Tages-Mutter und Tages-Vater',
      description: 'Eine Tages-Mutter passt am Tag auf kleine Kinder auf. Oder ein Tages-Vater. Meistens sind die Kinder jünger als 3 Jahre. Die Gruppen sind klein. Die Stadt hilft Ihnen bei der Suche. Die Stadt bezahlt auch einen Teil. Sie bezahlen auch einen Teil. Wie viel Sie bezahlen, hängt von Ihrem Geld ab.',
      checklist: [
        'Den Antrag für die Tages-Pflege',
        'Die Geburts-Urkunde von Ihrem Kind',
        'Ein Papier über Ihre Arbeit, Ausbildung oder Ihr Studium',
        'Papiere über Ihr Geld. Danach rechnet die Stadt aus: So viel bezahlen Sie.',
      ],
    },
    en: {
      title: 'Childminding (Kindertagespflege)',
      description: 'Childminders look after children, mostly under three, in small groups. The city finds you a place, checks how much care you need and funds it; you pay a parental fee based on your income.',
      checklist: [
        'Application for funding of childminding',
        'Your child’s birth certificate',
        'Proof that the parents work, train or study',
        'Proof of income for calculating the parental fee',
      ],
    },
    uk: {
      title: 'Денна няня (Kindertagespflege)',
      description: 'Денні няні доглядають переважно за дітьми до трьох років у невеликих групах. Місто допомагає знайти місце, перевіряє потребу в догляді та фінансує його; ви сплачуєте батьківський внесок залежно від доходу.',
      checklist: [
        'Заява на фінансування догляду в денної няні',
        'Свідоцтво про народження дитини',
        'Підтвердження роботи, професійного навчання або навчання батьків',
        'Підтвердження доходу для розрахунку батьківського внеску',
      ],
    },
    ar: {
      title: 'المربية النهارية (Kindertagespflege)',
      description: 'ترعى المربيات والمربّون النهاريون الأطفال دون سن الثالثة غالبًا في مجموعات صغيرة. تساعدكم المدينة في إيجاد مكان، وتتحقق من حاجتكم إلى الرعاية وتموّلها؛ وتدفعون رسومًا بحسب دخلكم.',
      checklist: [
        'طلب تمويل الرعاية لدى المربية النهارية',
        'شهادة ميلاد الطفل',
        'إثبات عمل الوالدين أو تدريبهما أو دراستهما',
        'إثباتات الدخل لحساب رسوم أولياء الأمور',
      ],
    },
    tr: {
      title: 'Gündüz bakıcısı (Kindertagespflege)',
      description: 'Gündüz bakıcıları çoğunlukla üç yaşından küçük çocuklara küçük gruplar halinde bakar. Belediye yer bulmanıza yardım eder, bakım ihtiyacını inceler ve bakımı destekler; geliriniz oranında bir veli katkı payı ödersiniz.',
      checklist: [
        'Gündüz bakıcısı desteği başvurusu',
        'Çocuğun doğum belgesi',
        'Ebeveynlerin çalıştığını, meslek eğitimi aldığını veya okuduğunu gösteren belge',
        'Veli katkı payının hesaplanması için gelir belgeleri',
      ],
    },
  },
  Unterhaltsvorschuss: {
    ls: {
      title: 'Unterhalts-Vorschuss',
      description: 'Ihr Kind lebt bei Ihnen. Der andere Eltern-Teil muss Geld für das Kind zahlen. Dieses Geld heißt Unterhalt. Aber der andere Eltern-Teil zahlt kein Geld. Oder er zahlt zu wenig. Dann zahlt das Jugend-Amt Geld für Ihr Kind. Das heißt Unterhalts-Vorschuss. Das geht, bis Ihr Kind 18 Jahre alt ist. Das Jugend-Amt holt sich das Geld später vom anderen Eltern-Teil zurück.',
      checklist: [
        'Die Geburts-Urkunde von Ihrem Kind',
        'Ihren Ausweis oder Ihren Pass',
        'Ein Papier über die Trennung oder die Scheidung. Oder ein Papier: Wer ist der Vater?',
        'Haben Sie ein Papier über den Unterhalt? Dann bringen Sie es mit.',
        'Den Namen und die Adresse vom anderen Eltern-Teil. Wenn Sie beides wissen.',
        'Die Nummer von Ihrem Bank-Konto. Die Nummer heißt: IBAN.',
      ],
    },
    en: {
      title: 'Advance maintenance payments (Unterhaltsvorschuss)',
      description: 'If the other parent pays no maintenance or too little, the youth welfare office pays advance maintenance for children up to 18 and claims the money back from the other parent.',
      checklist: [
        'Your child’s birth certificate',
        'Identity card or passport',
        'Proof of separation or divorce, acknowledgement of paternity',
        'Maintenance order or agreement, if there is one',
        'Name and address of the other parent, as far as you know them',
        'Bank details (IBAN)',
      ],
    },
    uk: {
      title: 'Аванс аліментів (Unterhaltsvorschuss)',
      description: 'Якщо інший з батьків не платить аліментів або платить замало, відомство у справах молоді (Jugendamt) виплачує аванс аліментів на дітей до 18 років і потім стягує ці гроші з іншого з батьків.',
      checklist: [
        'Свідоцтво про народження дитини',
        'Посвідчення особи або паспорт',
        'Підтвердження розлучення або окремого проживання, визнання батьківства',
        'Рішення або угода про аліменти, якщо є',
        'Ім’я та адреса іншого з батьків, наскільки вони вам відомі',
        'Банківські реквізити (IBAN)',
      ],
    },
    ar: {
      title: 'سلفة النفقة (Unterhaltsvorschuss)',
      description: 'إذا لم يدفع الوالد الآخر نفقة أو دفع أقل من اللازم، يدفع مكتب رعاية الشباب (Jugendamt) سلفة النفقة عن الأطفال حتى سن 18 عامًا، ثم يسترد المال من الوالد الآخر.',
      checklist: [
        'شهادة ميلاد الطفل',
        'بطاقة الهوية أو جواز السفر',
        'إثبات الانفصال أو الطلاق، والاعتراف بالأبوة',
        'حكم أو اتفاق النفقة إن وجد',
        'اسم الوالد الآخر وعنوانه بقدر ما تعرفونه',
        'بيانات الحساب المصرفي (IBAN)',
      ],
    },
    tr: {
      title: 'Nafaka avansı (Unterhaltsvorschuss)',
      description: 'Diğer ebeveyn nafaka ödemiyorsa ya da çok az ödüyorsa, Gençlik Dairesi (Jugendamt) 18 yaşına kadar çocuklar için nafaka avansı öder ve bu parayı daha sonra diğer ebeveynden geri alır.',
      checklist: [
        'Çocuğun doğum belgesi',
        'Kimlik kartı veya pasaport',
        'Ayrılık veya boşanma belgesi, babalığın tanınması',
        'Varsa nafaka kararı veya anlaşması',
        'Bildiğiniz kadarıyla diğer ebeveynin adı ve adresi',
        'Banka bilgileri (IBAN)',
      ],
    },
  },
  Wohngeld: {
    ls: {
      title: 'Wohn-Geld',
      description: 'Wohn-Geld ist Geld für die Miete. Sie haben wenig Geld? Und die Miete ist teuer? Dann können Sie Wohn-Geld bekommen. Auch wenn Ihnen die Wohnung gehört, gibt es Wohn-Geld. Dann ist das Geld für die Kosten von der Wohnung. Sie bekommen kein Wohn-Geld, wenn Sie Bürger-Geld bekommen. Meistens bekommen Sie Wohn-Geld für 12 Monate.',
      checklist: [
        'Ihren Ausweis oder Ihren Pass',
        'Ihren Miet-Vertrag. Und ein neues Papier vom Vermieter über die Miete.',
        'Papiere über das Geld von allen Menschen in Ihrer Wohnung. Aus den letzten 12 Monaten.',
        'Papiere über anderes Geld. Zum Beispiel: Kinder-Geld, Unterhalt oder Rente.',
        'Die Nummer von Ihrem Bank-Konto. Die Nummer heißt: IBAN.',
      ],
    },
    en: {
      title: 'Housing benefit (Wohngeld)',
      description: 'Housing benefit is a contribution to the rent (rent allowance) or to the costs of your own home (burden allowance) for households on a low income who do not receive citizen’s income (Bürgergeld). It is usually granted for twelve months.',
      checklist: [
        'Identity card or passport',
        'Tenancy agreement and a current rent certificate from the landlord',
        'Proof of income of everyone in the household for the last twelve months',
        'Notices of other benefits (child benefit, maintenance, pension)',
        'Bank details (IBAN)',
      ],
    },
    uk: {
      title: 'Допомога на житло (Wohngeld)',
      description: 'Допомога на житло — це доплата до орендної плати або до витрат на власне житло для домогосподарств з низьким доходом, які не отримують громадянської допомоги (Bürgergeld). Зазвичай її призначають на дванадцять місяців.',
      checklist: [
        'Посвідчення особи або паспорт',
        'Договір оренди та актуальна довідка орендодавця про орендну плату',
        'Підтвердження доходу всіх членів домогосподарства за останні дванадцять місяців',
        'Рішення про інші виплати (допомога на дитину, аліменти, пенсія)',
        'Банківські реквізити (IBAN)',
      ],
    },
    ar: {
      title: 'إعانة السكن (Wohngeld)',
      description: 'إعانة السكن مساهمة في الإيجار أو في تكاليف السكن المملوك للأسر ذات الدخل المنخفض التي لا تحصل على إعانة المواطن (Bürgergeld). تُمنح عادةً لمدة اثني عشر شهرًا.',
      checklist: [
        'بطاقة الهوية أو جواز السفر',
        'عقد الإيجار وإفادة حديثة من المؤجر عن الإيجار',
        'إثباتات دخل جميع أفراد الأسرة عن الأشهر الاثني عشر الأخيرة',
        'قرارات المساعدات الأخرى (إعانة الطفل، النفقة، المعاش)',
        'بيانات الحساب المصرفي (IBAN)',
      ],
    },
    tr: {
      title: 'Kira yardımı (Wohngeld)',
      description: 'Kira yardımı, vatandaşlık parası (Bürgergeld) almayan düşük gelirli hanelere kiraya ya da kendi evlerinin masraflarına yapılan bir katkıdır. Genellikle on iki ay için verilir.',
      checklist: [
        'Kimlik kartı veya pasaport',
        'Kira sözleşmesi ve ev sahibinden güncel kira belgesi',
        'Hanedeki herkesin son on iki aya ait gelir belgeleri',
        'Diğer yardımlara ait kararlar (çocuk parası, nafaka, emekli aylığı)',
        'Banka bilgileri (IBAN)',
      ],
    },
  },
  'Bildung und Teilhabe': {
    ls: {
      title: 'Geld für Schule und Freizeit',
      description: 'Ihre Familie bekommt Wohn-Geld? Oder Kinder-Zuschlag? Oder Geld nach dem Asyl-Bewerber-Leistungs-Gesetz? Dann kann Ihr Kind mehr Geld bekommen. Das Geld ist für die Schule. Zum Beispiel für Hefte und Stifte. Oder für das Mittag-Essen. Oder für einen Ausflug mit der Klasse. Oder für Nachhilfe. Oder für einen Sport-Verein. Sie bekommen Bürger-Geld? Dann stellen Sie den Antrag beim Job-Center.',
      checklist: [
        'Das Papier über Wohn-Geld, Kinder-Zuschlag oder Geld für Asyl-Bewerber',
        'Ein Papier von der Schule oder von der Kita',
        'Eine Rechnung. Zum Beispiel für den Ausflug, den Sport-Verein oder das Mittag-Essen.',
      ],
    },
    en: {
      title: 'Education and participation (Bildung und Teilhabe)',
      description: 'Children from families receiving housing benefit, the child supplement or benefits for asylum seekers get money for school supplies, lunch, class trips, outings, extra tutoring and club fees. Families receiving citizen’s income (Bürgergeld) apply at the Jobcenter.',
      checklist: [
        'Notice of housing benefit, child supplement or benefits for asylum seekers',
        'School certificate or confirmation from the day-care centre',
        'Invoice or confirmation (class trip, club, lunch)',
      ],
    },
    uk: {
      title: 'Освіта і участь (Bildung und Teilhabe)',
      description: 'Діти із сімей, які отримують допомогу на житло, додаткову допомогу на дитину або виплати для шукачів притулку, отримують гроші на шкільне приладдя, обіди, шкільні поїздки, екскурсії, додаткові заняття та внески до спортивних клубів. Хто отримує громадянську допомогу (Bürgergeld), подає заяву до Jobcenter.',
      checklist: [
        'Рішення про допомогу на житло, додаткову допомогу на дитину або виплати для шукачів притулку',
        'Довідка зі школи або підтвердження з дитячого садка',
        'Рахунок або підтвердження (шкільна поїздка, клуб, обіди)',
      ],
    },
    ar: {
      title: 'التعليم والمشاركة (Bildung und Teilhabe)',
      description: 'يحصل أطفال العائلات التي تتلقى إعانة السكن أو الإعانة الإضافية للطفل أو مساعدات طالبي اللجوء على مال للوازم المدرسية، ووجبة الغداء، والرحلات المدرسية، والنزهات، ودروس التقوية، واشتراكات النوادي. من يحصل على إعانة المواطن (Bürgergeld) يقدّم الطلب في مركز العمل (Jobcenter).',
      checklist: [
        'قرار إعانة السكن أو الإعانة الإضافية للطفل أو مساعدات طالبي اللجوء',
        'إفادة مدرسية أو تأكيد من الروضة',
        'فاتورة أو تأكيد (رحلة مدرسية، نادٍ، وجبة الغداء)',
      ],
    },
    tr: {
      title: 'Eğitim ve katılım (Bildung und Teilhabe)',
      description: 'Kira yardımı, çocuk ek ödeneği ya da sığınmacı yardımı alan ailelerin çocukları okul malzemeleri, öğle yemeği, sınıf gezileri, geziler, ek ders desteği ve kulüp aidatları için para alır. Vatandaşlık parası (Bürgergeld) alanlar başvuruyu Jobcenter’a yapar.',
      checklist: [
        'Kira yardımı, çocuk ek ödeneği veya sığınmacı yardımı kararı',
        'Okul belgesi veya kreş onayı',
        'Fatura veya onay belgesi (sınıf gezisi, kulüp, öğle yemeği)',
      ],
    },
  },
  Geburtsurkunde: {
    ls: {
      title: 'Geburts-Urkunde',
      description: 'Die Geburts-Urkunde ist ein wichtiges Papier. Das Papier zeigt: Ihr Kind ist geboren. Und es zeigt: Das sind die Eltern. Die Geburts-Urkunde bekommen Sie vom Standes-Amt. Das Standes-Amt ist ein Amt der Stadt. Meistens meldet das Kranken-Haus die Geburt beim Standes-Amt. Sie bringen Ihre Papiere zum Standes-Amt. Oder Sie schicken die Papiere mit der Post. Sie bekommen auch Urkunden für Eltern-Geld und Kinder-Geld. Diese Urkunden kosten nichts.',
      checklist: [
        'Das Papier vom Kranken-Haus über die Geburt. War die Geburt zu Hause? Dann das Papier von der Hebamme.',
        'Sie sind verheiratet? Dann Ihre Heirats-Urkunde.',
        'Sie sind nicht verheiratet? Dann die Geburts-Urkunde der Mutter. Und die Papiere über den Vater, wenn Sie diese haben.',
        'Die Ausweise oder Pässe der Eltern',
      ],
    },
    en: {
      title: 'Birth certificate (Geburtsurkunde)',
      description: 'The registry office records the birth and issues the birth certificates, including the free copies for parental allowance, child benefit and maternity pay. The hospital usually reports the birth itself; you bring the parents’ documents or send them in.',
      checklist: [
        'Birth notification from the hospital (for a home birth: from the midwife)',
        'Married parents: marriage certificate or certified extract from the marriage register',
        'Unmarried parents: the mother’s birth certificate, acknowledgement of paternity and declaration of joint custody, if any',
        'Identity cards or passports of the parents',
      ],
    },
    uk: {
      title: 'Свідоцтво про народження (Geburtsurkunde)',
      description: 'Відділ реєстрації актів цивільного стану (Standesamt) реєструє народження і видає свідоцтва про народження, зокрема безкоштовні примірники для батьківської допомоги, допомоги на дитину і допомоги по вагітності та пологах. Пологовий будинок зазвичай сам повідомляє про народження; документи батьків ви приносите особисто або надсилаєте.',
      checklist: [
        'Повідомлення про народження з пологового будинку (при пологах удома — від акушерки)',
        'Одружені батьки: свідоцтво про шлюб або засвідчений витяг із реєстру шлюбів',
        'Неодружені батьки: свідоцтво про народження матері, визнання батьківства та заява про спільне піклування, якщо є',
        'Посвідчення особи або паспорти батьків',
      ],
    },
    ar: {
      title: 'شهادة الميلاد (Geburtsurkunde)',
      description: 'يسجّل مكتب الأحوال المدنية (Standesamt) الولادة ويصدر شهادات الميلاد، ومنها النسخ المجانية لإعانة الوالدين وإعانة الطفل وإعانة الأمومة. عادةً يبلّغ المستشفى عن الولادة بنفسه؛ وتحضرون وثائق الوالدين أو ترسلونها.',
      checklist: [
        'إشعار الولادة من المستشفى (عند الولادة في البيت: من القابلة)',
        'الوالدان المتزوجان: عقد الزواج أو مستخرج مصدّق من سجل الزواج',
        'الوالدان غير المتزوجين: شهادة ميلاد الأم، والاعتراف بالأبوة وإعلان الحضانة إن وجدا',
        'بطاقات هوية الوالدين أو جوازات سفرهما',
      ],
    },
    tr: {
      title: 'Doğum belgesi (Geburtsurkunde)',
      description: 'Nüfus dairesi (Standesamt) doğumu kayda geçirir ve doğum belgelerini verir; ebeveyn parası, çocuk parası ve annelik parası için ücretsiz nüshalar da buna dahildir. Doğumu genellikle hastane kendisi bildirir; ebeveynlerin belgelerini kendiniz getirir ya da gönderirsiniz.',
      checklist: [
        'Hastaneden doğum bildirimi (evde doğumda: ebeden)',
        'Evli ebeveynler: evlilik cüzdanı veya evlilik kaydından onaylı örnek',
        'Evli olmayan ebeveynler: annenin doğum belgesi, varsa babalığın tanınması ve velayet beyanı',
        'Ebeveynlerin kimlik kartları veya pasaportları',
      ],
    },
  },
  'Vaterschaftsanerkennung und Sorgeerklärung': {
    ls: {
      title: 'Vater werden auf dem Papier und gemeinsames Sorge-Recht',
      description: 'Die Eltern sind nicht verheiratet. Dann muss der Vater sagen: Ich bin der Vater von diesem Kind. Das heißt Vaterschafts-Anerkennung. Das Jugend-Amt schreibt das auf. Die Eltern können auch das Sorge-Recht zusammen haben. Sorge-Recht heißt: Die Eltern entscheiden wichtige Dinge für das Kind. Dafür gibt es die Sorge-Erklärung. Das geht auch schon vor der Geburt. Beide Eltern kommen zum Jugend-Amt. Das kostet nichts.',
      checklist: [
        'Die Ausweise oder Pässe von beiden Eltern',
        'Die Geburts-Urkunden von beiden Eltern',
        'Die Geburts-Urkunde vom Kind. Ist das Kind noch nicht geboren? Dann den Mutter-Pass.',
        'Waren Sie schon einmal verheiratet? Dann das Papier über die Scheidung.',
      ],
    },
    en: {
      title: 'Acknowledgement of paternity and declaration of joint custody',
      description: 'If the parents are not married, the father acknowledges paternity, and with a declaration of joint custody both parents get joint parental responsibility. The youth welfare office certifies both free of charge, even before the birth; both parents come in person.',
      checklist: [
        'Identity cards or passports of both parents',
        'Birth certificates of both parents',
        'The child’s birth certificate; before the birth, the maternity record (Mutterpass)',
        'After an earlier marriage: marriage certificate with a note of the divorce, or the divorce decree',
      ],
    },
    uk: {
      title: 'Визнання батьківства і заява про спільне піклування',
      description: 'Якщо батьки не одружені, батько визнає батьківство, а завдяки заяві про спільне піклування (Sorgeerklärung) обоє батьків отримують спільні батьківські права. Відомство у справах молоді (Jugendamt) безкоштовно засвідчує обидва документи, навіть ще до народження; обоє батьків приходять особисто.',
      checklist: [
        'Посвідчення особи або паспорти обох батьків',
        'Свідоцтва про народження обох батьків',
        'Свідоцтво про народження дитини; до народження — обмінна карта вагітної (Mutterpass)',
        'Після попереднього шлюбу: свідоцтво про шлюб з відміткою про розлучення або рішення суду про розлучення',
      ],
    },
    ar: {
      title: 'الاعتراف بالأبوة وإعلان الحضانة المشتركة',
      description: 'إذا لم يكن الوالدان متزوجين، يعترف الأب بالأبوة، وبإعلان الحضانة (Sorgeerklärung) يحصل الوالدان معًا على حق الحضانة المشتركة. يوثّق مكتب رعاية الشباب (Jugendamt) الأمرين مجانًا، حتى قبل الولادة؛ ويحضر الوالدان شخصيًا.',
      checklist: [
        'بطاقتا هوية الوالدين أو جوازا سفرهما',
        'شهادتا ميلاد الوالدين',
        'شهادة ميلاد الطفل؛ وقبل الولادة: سجل الحمل (Mutterpass)',
        'بعد زواج سابق: عقد الزواج مع إشارة الطلاق أو حكم الطلاق',
      ],
    },
    tr: {
      title: 'Babalığın tanınması ve ortak velayet beyanı',
      description: 'Ebeveynler evli değilse baba babalığı tanır; velayet beyanıyla (Sorgeerklärung) da iki ebeveyn ortak velayet hakkı alır. Gençlik Dairesi (Jugendamt) her ikisini de ücretsiz olarak, doğumdan önce bile resmileştirir; iki ebeveyn de şahsen gelir.',
      checklist: [
        'İki ebeveynin kimlik kartları veya pasaportları',
        'İki ebeveynin doğum belgeleri',
        'Çocuğun doğum belgesi; doğumdan önce: anne karnesi (Mutterpass)',
        'Önceki bir evlilikten sonra: boşanma şerhli evlilik belgesi veya boşanma kararı',
      ],
    },
  },
  Beistandschaft: {
    ls: {
      title: 'Hilfe vom Jugend-Amt beim Unterhalt',
      description: 'Sie leben allein mit Ihrem Kind. Der andere Eltern-Teil muss Geld für das Kind zahlen. Dieses Geld heißt Unterhalt. Das Jugend-Amt kann Ihnen dabei helfen. Das heißt Beistand-Schaft. Das Jugend-Amt findet heraus: Wer ist der Vater? Und das Jugend-Amt fordert den Unterhalt für Ihr Kind. Die Hilfe kostet nichts. Sie entscheiden selbst: Wollen Sie die Hilfe? Sie können die Hilfe jederzeit beenden. Dafür schreiben Sie einen Brief an das Jugend-Amt.',
      checklist: [
        'Einen Brief an das Jugend-Amt. Im Brief steht: Ich möchte eine Beistand-Schaft.',
        'Die Geburts-Urkunde von Ihrem Kind',
        'Ihren Ausweis oder Ihren Pass',
        'Den Namen und die Adresse vom anderen Eltern-Teil. Wenn Sie beides wissen.',
        'Papiere über den Unterhalt, wenn Sie welche haben',
      ],
    },
    en: {
      title: 'Legal assistance with maintenance (Beistandschaft)',
      description: 'At the request of a parent with sole custody, the youth welfare office becomes the child’s legal assistant: it establishes paternity and claims child maintenance. The assistance is voluntary and free of charge and ends as soon as you ask for it in writing.',
      checklist: [
        'An informal written application',
        'Your child’s birth certificate',
        'Identity card or passport',
        'Name and address of the other parent, as far as you know them',
        'Any existing maintenance orders or agreements',
      ],
    },
    uk: {
      title: 'Допомога відомства у справах молоді щодо аліментів (Beistandschaft)',
      description: 'На прохання одного з батьків, який сам здійснює піклування, відомство у справах молоді (Jugendamt) стає помічником дитини: воно встановлює батьківство і стягує аліменти на дитину. Ця допомога добровільна і безкоштовна та припиняється, щойно ви письмово про це попросите.',
      checklist: [
        'Письмова заява у довільній формі',
        'Свідоцтво про народження дитини',
        'Посвідчення особи або паспорт',
        'Ім’я та адреса іншого з батьків, наскільки вони вам відомі',
        'Наявні рішення або угоди про аліменти',
      ],
    },
    ar: {
      title: 'المساعدة في المطالبة بالنفقة (Beistandschaft)',
      description: 'بناءً على طلب الوالد الذي يتولى الحضانة وحده، يصبح مكتب رعاية الشباب (Jugendamt) مساعدًا قانونيًا للطفل: يثبت الأبوة ويطالب بنفقة الطفل. هذه المساعدة طوعية ومجانية، وتنتهي متى طلبتم ذلك كتابيًا.',
      checklist: [
        'طلب كتابي بصيغة حرة',
        'شهادة ميلاد الطفل',
        'بطاقة الهوية أو جواز السفر',
        'اسم الوالد الآخر وعنوانه بقدر ما تعرفونه',
        'أحكام أو اتفاقات النفقة الموجودة',
      ],
    },
    tr: {
      title: 'Nafaka konusunda Gençlik Dairesi desteği (Beistandschaft)',
      description: 'Velayeti tek başına üstlenen ebeveynin talebi üzerine Gençlik Dairesi (Jugendamt) çocuğun yasal destekçisi olur: babalığı tespit eder ve çocuk nafakasını talep eder. Bu destek isteğe bağlı ve ücretsizdir; yazılı olarak istediğiniz anda sona erer.',
      checklist: [
        'Serbest biçimde yazılı başvuru',
        'Çocuğun doğum belgesi',
        'Kimlik kartı veya pasaport',
        'Bildiğiniz kadarıyla diğer ebeveynin adı ve adresi',
        'Mevcut nafaka kararları veya anlaşmaları',
      ],
    },
  },
};
