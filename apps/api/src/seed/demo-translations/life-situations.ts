import type { PortalLang } from '@lotsen/domain';

/**
 * The intro of each life situation on the Familienportal's start page, in all six languages
 * (issue 17 point 5; docs/portal.md "Übersetzungen"). `ls` is Leichte Sprache: short sentences,
 * one statement each, hard words explained. Stored as translations (entity `life_situation`,
 * field `intro`); the German one is the only German home of the text.
 */
// prettier-ignore
export const LIFE_SITUATION_INTROS: Readonly<Record<string, Readonly<Record<PortalLang, string>>>> = {
  schwangerschaft_geburt: {
    de: 'Sie erwarten ein Kind? Hier finden Sie Beratung in der Schwangerschaft, Hebammen und Frühe Hilfen, und Sie erfahren, welche Anträge nach der Geburt wichtig sind: Geburtsurkunde, Elterngeld und Kindergeld.',
    ls: 'Sie bekommen ein Baby. Dann haben Sie viele Fragen. Hier finden Sie Hilfe. Eine Hebamme hilft Ihnen vor der Geburt und nach der Geburt. Eine Hebamme ist eine Fach-Frau für Geburten. Nach der Geburt brauchen Sie Papiere. Zum Beispiel die Geburts-Urkunde. Die Geburts-Urkunde zeigt: Ihr Kind ist geboren. Sie können auch Geld bekommen. Zum Beispiel Eltern-Geld und Kinder-Geld.',
    en: 'Expecting a baby? Here you will find counselling during pregnancy, midwives and early support for families, and you will learn which applications matter after the birth: the birth certificate, parental allowance (Elterngeld) and child benefit (Kindergeld).',
    uk: 'Ви чекаєте на дитину? Тут ви знайдете консультації під час вагітності, акушерок і ранню допомогу для сімей, а також дізнаєтеся, які заяви важливі після народження дитини: свідоцтво про народження, батьківська допомога (Elterngeld) і допомога на дитину (Kindergeld).',
    ar: 'هل تنتظرين مولودًا؟ ستجدين هنا الاستشارة أثناء الحمل والقابلات والمساعدة المبكرة للعائلات، وستعرفين الطلبات المهمة بعد الولادة: شهادة الميلاد، وإعانة الوالدين (Elterngeld)، وإعانة الطفل (Kindergeld).',
    tr: 'Bebek mi bekliyorsunuz? Burada hamilelikte danışmanlık, ebeler ve aileler için erken destek hizmetlerini bulabilirsiniz. Doğumdan sonra hangi başvuruların önemli olduğunu da öğrenirsiniz: doğum belgesi, ebeveyn parası (Elterngeld) ve çocuk parası (Kindergeld).',
  },
  kinderbetreuung: {
    de: 'Für einen Platz in der Kita oder bei einer Tagesmutter brauchen Sie in Potsdam einen Kita-Gutschein. Hier erfahren Sie, wie Sie ihn beantragen, wie Sie einen Platz finden und was Hort und Elternbeiträge kosten.',
    ls: 'Ihr Kind soll in eine Kita gehen. Eine Kita ist ein Kinder-Garten. Oder Ihr Kind soll zu einer Tages-Mutter gehen. Eine Tages-Mutter passt am Tag auf Kinder auf. Dafür brauchen Sie in Potsdam einen Kita-Gutschein. Ein Gutschein ist ein Papier von der Stadt. Das Papier sagt: Ihr Kind darf in eine Kita gehen. Hier steht: So bekommen Sie den Gutschein. Und so finden Sie einen Platz für Ihr Kind.',
    en: 'In Potsdam you need a childcare voucher (Kita-Gutschein) for a place at a day-care centre or with a childminder. Here you will learn how to apply for it, how to find a place and what after-school care and parental fees cost.',
    uk: 'Щоб отримати місце в дитячому садку (Kita) або в денної няні, у Потсдамі потрібен ваучер на дитячий садок (Kita-Gutschein). Тут ви дізнаєтеся, як подати заяву на нього, як знайти місце і скільки коштують група продовженого дня (Hort) та батьківські внески.',
    ar: 'للحصول على مكان في روضة الأطفال (Kita) أو لدى مربية نهارية، تحتاجون في بوتسدام إلى قسيمة الروضة (Kita-Gutschein). ستعرفون هنا كيف تقدمون طلبها، وكيف تجدون مكانًا، وكم تكلف الرعاية بعد المدرسة (Hort) ورسوم أولياء الأمور.',
    tr: 'Potsdam’da kreşte (Kita) veya bir gündüz bakıcısında yer için kreş kuponuna (Kita-Gutschein) ihtiyacınız var. Burada kupona nasıl başvuracağınızı, nasıl yer bulacağınızı ve okul sonrası bakımın (Hort) ve veli katkı paylarının ne kadar tuttuğunu öğrenirsiniz.',
  },
  geld_leistungen: {
    de: 'Familien haben Anspruch auf viele Leistungen: Kindergeld, Elterngeld, Kinderzuschlag, Wohngeld, Unterhaltsvorschuss und Bildung und Teilhabe. Hier sehen Sie, welche Stelle zuständig ist, was Sie mitbringen müssen und wo Sie online beantragen können.',
    ls: 'Familien können Geld vom Staat bekommen. Es gibt verschiedene Arten von Geld. Zum Beispiel: Kinder-Geld. Eltern-Geld. Wohn-Geld. Wohn-Geld ist Geld für die Miete. Für jedes Geld gibt es ein Amt. Ein Amt ist ein Büro von der Stadt oder vom Staat. Hier steht: Welches Amt hilft Ihnen? Welche Papiere brauchen Sie? Und wo können Sie das Geld im Internet beantragen? Beantragen heißt: Sie fragen schriftlich nach dem Geld.',
    en: 'Families are entitled to many benefits: child benefit, parental allowance, the child supplement (Kinderzuschlag), housing benefit (Wohngeld), advance maintenance payments and education and participation (Bildung und Teilhabe). Here you can see which office is responsible, what to bring and where you can apply online.',
    uk: 'Сім’ї мають право на багато виплат: допомогу на дитину (Kindergeld), батьківську допомогу (Elterngeld), додаткову допомогу на дитину (Kinderzuschlag), допомогу на житло (Wohngeld), аванс аліментів (Unterhaltsvorschuss) і виплати на освіту та участь (Bildung und Teilhabe). Тут видно, яка установа відповідальна, що потрібно принести і де можна подати заяву онлайн.',
    ar: 'يحق للعائلات الحصول على كثير من المساعدات: إعانة الطفل (Kindergeld)، وإعانة الوالدين (Elterngeld)، والإعانة الإضافية للطفل (Kinderzuschlag)، وإعانة السكن (Wohngeld)، وسلفة النفقة (Unterhaltsvorschuss)، ومساعدات التعليم والمشاركة (Bildung und Teilhabe). ستجدون هنا الجهة المختصة، وما يجب إحضاره، وأين يمكن تقديم الطلب عبر الإنترنت.',
    tr: 'Ailelerin birçok yardıma hakkı vardır: çocuk parası (Kindergeld), ebeveyn parası (Elterngeld), çocuk ek ödeneği (Kinderzuschlag), kira yardımı (Wohngeld), nafaka avansı (Unterhaltsvorschuss) ve eğitim ve katılım yardımı (Bildung und Teilhabe). Burada hangi dairenin yetkili olduğunu, yanınızda ne getirmeniz gerektiğini ve nereden çevrimiçi başvurabileceğinizi görürsünüz.',
  },
  alleinerziehend: {
    de: 'Wer ein Kind allein großzieht, trägt viel. Hier finden Sie Unterhaltsvorschuss und Beistandschaft, Beratung bei Trennung und Umgang, Treffpunkte für Alleinerziehende und Hilfe, Familie und Arbeit zu vereinbaren.',
    ls: 'Sie leben allein mit Ihrem Kind. Das ist oft schwer. Hier finden Sie Hilfe. Manchmal zahlt der andere Eltern-Teil kein Geld für das Kind. Dann kann die Stadt Geld zahlen. Das heißt Unterhalts-Vorschuss. Das Jugend-Amt kann Ihnen auch beim Unterhalt helfen. Unterhalt ist Geld für das Kind. Es gibt auch Treffen für Eltern wie Sie. Dort können Sie andere Eltern kennen lernen.',
    en: 'Raising a child on your own is a lot to carry. Here you will find advance maintenance payments and legal assistance with maintenance (Beistandschaft), counselling on separation and contact arrangements, meeting places for single parents and help with combining family and work.',
    uk: 'Самостійно виховувати дитину непросто. Тут ви знайдете аванс аліментів (Unterhaltsvorschuss) і допомогу відомства у справах молоді щодо аліментів (Beistandschaft), консультації з питань розлучення та спілкування з дитиною, місця зустрічей для одиноких батьків і допомогу в поєднанні сім’ї та роботи.',
    ar: 'من يربّي طفلًا بمفرده يحمل عبئًا كبيرًا. ستجدون هنا سلفة النفقة (Unterhaltsvorschuss) والمساعدة في المطالبة بالنفقة (Beistandschaft)، والاستشارة عند الانفصال وتنظيم رؤية الطفل، وأماكن لقاء للآباء والأمهات المنفردين، والمساعدة في التوفيق بين الأسرة والعمل.',
    tr: 'Çocuğunu tek başına büyütmek ağır bir yüktür. Burada nafaka avansı (Unterhaltsvorschuss) ve nafaka konusunda kayyumluk desteği (Beistandschaft), ayrılık ve çocukla görüşme konusunda danışmanlık, tek ebeveynler için buluşma yerleri ve aile ile işi bağdaştırmak için destek bulabilirsiniz.',
  },
  beratung_krisen: {
    de: 'Streit in der Familie, Sorgen um ein Kind, Schulden oder eine Trennung: Sie müssen das nicht allein schaffen. Die Beratungsstellen hören zu, beraten kostenlos und vertraulich und helfen auch schnell, wenn ein Kind in Gefahr ist.',
    ls: 'Manchmal gibt es Streit in der Familie. Oder Sie haben Sorgen um Ihr Kind. Oder Sie haben Schulden. Schulden heißt: Sie müssen Geld zurück-zahlen. Sie müssen das nicht allein schaffen. Es gibt Beratungs-Stellen. Dort können Sie über Ihre Sorgen sprechen. Die Beratung kostet nichts. Die Berater erzählen nichts weiter. Ist ein Kind in Gefahr? Dann hilft das Jugend-Amt sofort.',
    en: 'Conflict in the family, worries about a child, debts or a separation: you do not have to cope alone. The counselling services listen, advise free of charge and in confidence, and act quickly when a child is in danger.',
    uk: 'Сварки в сім’ї, тривога за дитину, борги чи розлучення: вам не потрібно справлятися з цим самотужки. Консультаційні служби вислухають вас, проконсультують безкоштовно й конфіденційно і швидко допоможуть, якщо дитина в небезпеці.',
    ar: 'خلافات في الأسرة، أو قلق على طفل، أو ديون، أو انفصال: لا يجب عليكم مواجهة ذلك وحدكم. مراكز الاستشارة تستمع إليكم، وتقدم الاستشارة مجانًا وبسرية تامة، وتساعد بسرعة إذا كان طفل في خطر.',
    tr: 'Ailede tartışmalar, bir çocuk için endişe, borçlar ya da ayrılık: Bununla tek başınıza baş etmek zorunda değilsiniz. Danışma merkezleri sizi dinler, ücretsiz ve gizli olarak danışmanlık yapar ve bir çocuk tehlikedeyse hızla yardım eder.',
  },
  gesundheit: {
    de: 'Hier finden Sie, was Kinder und Eltern gesund hält: den Kinder- und Jugendgesundheitsdienst, Hebammen, Beratung bei seelischen Belastungen und Sucht, Hilfen bei Behinderung und Pflegeberatung für Angehörige.',
    ls: 'Hier geht es um Gesundheit. Gesundheit heißt: Der Körper ist gesund. Und die Seele ist gesund. Die Stadt hat Ärzte für Kinder. Die Ärzte untersuchen Kinder. Zum Beispiel vor der Schule. Manche Menschen sind traurig. Oder sie sind krank von Alkohol oder Drogen. Auch dann gibt es Hilfe. Pflegen Sie einen kranken Menschen in Ihrer Familie? Auch dafür gibt es Beratung.',
    en: 'Here you will find what keeps children and parents healthy: the child and youth health service, midwives, counselling for emotional strain and addiction, support for disability and care counselling for relatives.',
    uk: 'Тут ви знайдете те, що допомагає дітям і батькам залишатися здоровими: службу охорони здоров’я дітей і молоді, акушерок, консультації при психологічному навантаженні та залежностях, допомогу при інвалідності та консультації з догляду для родичів.',
    ar: 'ستجدون هنا ما يحافظ على صحة الأطفال والوالدين: خدمة صحة الأطفال والشباب، والقابلات، والاستشارة عند الضغوط النفسية والإدمان، والمساعدة في حالات الإعاقة، والاستشارة في رعاية الأقارب.',
    tr: 'Burada çocukların ve ebeveynlerin sağlığını koruyan hizmetleri bulabilirsiniz: çocuk ve gençlik sağlık hizmeti, ebeler, ruhsal sıkıntı ve bağımlılık konusunda danışmanlık, engellilik durumunda destek ve yakınlar için bakım danışmanlığı.',
  },
  freizeit_ferien: {
    de: 'Familienzentren, Elterncafés, Kurse für Eltern, Ferienangebote und Ausflüge: Hier finden Sie, was Familien in Potsdam gemeinsam unternehmen können, vieles kostenlos oder günstig.',
    ls: 'Hier geht es um freie Zeit. Und um die Ferien. Es gibt in Potsdam Familien-Zentren. Dort treffen sich Familien. Sie können dort Kaffee trinken und andere Eltern kennen lernen. Es gibt auch Kurse für Eltern. Und es gibt Angebote für Kinder in den Ferien. Viele Angebote kosten nichts. Andere Angebote kosten nur wenig Geld.',
    en: 'Family centres, parents’ cafés, courses for parents, holiday programmes and outings: here you will find what families in Potsdam can do together, much of it free or at low cost.',
    uk: 'Сімейні центри, батьківські кафе, курси для батьків, програми на канікули та екскурсії: тут ви знайдете, чим сім’ї в Потсдамі можуть зайнятися разом, багато що безкоштовно або недорого.',
    ar: 'مراكز الأسرة، ومقاهي الآباء والأمهات، ودورات للوالدين، وبرامج العطلات والرحلات: ستجدون هنا ما يمكن للعائلات في بوتسدام القيام به معًا، وكثير منه مجاني أو بتكلفة زهيدة.',
    tr: 'Aile merkezleri, veli kafeleri, ebeveyn kursları, tatil programları ve geziler: Burada Potsdam’daki ailelerin birlikte yapabileceği etkinlikleri bulabilirsiniz; birçoğu ücretsiz ya da uygun fiyatlıdır.',
  },
  neu_in_potsdam: {
    de: 'Sie sind neu in Potsdam? Hier finden Sie die ersten Wege: Anmeldung beim Bürgerservice, Migrationsberatung, Sprachkurse, Hilfe bei Aufenthalt und Familiennachzug und Beratung bei der Wohnungssuche. Viele Stellen beraten auch in Ihrer Sprache.',
    ls: 'Sie wohnen neu in Potsdam. Dann müssen Sie einige Dinge tun. Zuerst melden Sie Ihre Wohnung an. Das machen Sie beim Bürger-Service. Der Bürger-Service ist ein Büro von der Stadt. Sie kommen aus einem anderen Land? Dann gibt es eine Migrations-Beratung. Dort bekommen Sie Hilfe bei Papieren und Ämtern. Sie können auch einen Deutsch-Kurs machen. Viele Berater sprechen auch Ihre Sprache.',
    en: 'New in Potsdam? Here you will find the first steps: registering your address at the citizens’ service, migration counselling, language courses, help with residence and family reunification, and advice on finding a flat. Many offices also advise in your language.',
    uk: 'Ви щойно переїхали до Потсдама? Тут ви знайдете перші кроки: реєстрацію місця проживання в службі для громадян (Bürgerservice), міграційні консультації, мовні курси, допомогу з питань перебування та возз’єднання сім’ї і консультації з пошуку житла. Багато установ консультують і вашою мовою.',
    ar: 'هل أنتم جدد في بوتسدام؟ ستجدون هنا الخطوات الأولى: تسجيل السكن في خدمة المواطنين (Bürgerservice)، واستشارة الهجرة، ودورات اللغة، والمساعدة في الإقامة ولمّ شمل الأسرة، والاستشارة في البحث عن سكن. كثير من الجهات تقدم الاستشارة بلغتكم أيضًا.',
    tr: 'Potsdam’a yeni mi geldiniz? Burada ilk adımları bulabilirsiniz: vatandaş hizmetlerinde (Bürgerservice) adres kaydı, göç danışmanlığı, dil kursları, oturum ve aile birleşimi konusunda destek ve ev ararken danışmanlık. Birçok kurum sizin dilinizde de danışmanlık yapar.',
  },
  behinderung_inklusion: {
    de: 'Ihr Kind hat eine Behinderung oder entwickelt sich anders? Hier finden Sie Frühförderung, Beratung zu Eingliederungshilfe und Pflege, Untersuchungen beim Gesundheitsdienst und Angebote, bei denen alle Kinder mitmachen können.',
    ls: 'Ihr Kind hat eine Behinderung. Oder Ihr Kind lernt langsamer als andere Kinder. Dann gibt es Hilfe. Es gibt Früh-Förderung. Das heißt: Fach-Leute üben mit kleinen Kindern. So kann Ihr Kind besser lernen. Sie können auch Beratung bekommen. Die Beratung sagt Ihnen: Welche Hilfe kann Ihr Kind bekommen? Es gibt auch Angebote für alle Kinder. Bei diesen Angeboten können Kinder mit Behinderung mit-machen.',
    en: 'Does your child have a disability or develop differently? Here you will find early intervention, advice on integration assistance and care, check-ups at the health service and activities in which all children can take part.',
    uk: 'Ваша дитина має інвалідність або розвивається інакше? Тут ви знайдете ранню допомогу в розвитку, консультації щодо допомоги з інтеграції (Eingliederungshilfe) та догляду, обстеження в службі охорони здоров’я і заходи, у яких можуть брати участь усі діти.',
    ar: 'هل لدى طفلكم إعاقة أو يتطور بشكل مختلف؟ ستجدون هنا التدخل المبكر، والاستشارة حول مساعدات الدمج (Eingliederungshilfe) والرعاية، والفحوصات لدى الخدمة الصحية، وأنشطة يمكن لجميع الأطفال المشاركة فيها.',
    tr: 'Çocuğunuzun bir engeli mi var ya da farklı mı gelişiyor? Burada erken destek, uyum yardımı (Eingliederungshilfe) ve bakım konusunda danışmanlık, sağlık hizmetinde muayeneler ve tüm çocukların katılabileceği etkinlikler bulabilirsiniz.',
  },
  schule: {
    de: 'Rund um die Schule: Hort und Ganztag, Schulbedarf, Mittagessen und Klassenfahrten über Bildung und Teilhabe, Lernförderung und Beratung, wenn es in der Schule schwierig wird.',
    ls: 'Hier geht es um die Schule. Nach der Schule kann Ihr Kind in den Hort gehen. Ein Hort ist ein Ort für Schul-Kinder. Dort passen Erzieher auf die Kinder auf. Haben Sie wenig Geld? Dann kann die Stadt bezahlen. Zum Beispiel für Hefte und Stifte. Oder für das Mittag-Essen in der Schule. Oder für einen Ausflug mit der Klasse. Ihr Kind hat Probleme beim Lernen? Dann kann es Nachhilfe bekommen.',
    en: 'All about school: after-school care and all-day schooling, school supplies, lunch and class trips through education and participation (Bildung und Teilhabe), extra tutoring and counselling when school gets difficult.',
    uk: 'Усе про школу: група продовженого дня (Hort) і школа повного дня, шкільне приладдя, обіди та шкільні поїздки за програмою «Освіта і участь» (Bildung und Teilhabe), додаткові заняття та консультації, коли в школі стає важко.',
    ar: 'كل ما يتعلق بالمدرسة: الرعاية بعد المدرسة (Hort) واليوم الدراسي الكامل، واللوازم المدرسية، ووجبة الغداء والرحلات المدرسية عبر برنامج التعليم والمشاركة (Bildung und Teilhabe)، ودروس التقوية، والاستشارة عندما تصبح المدرسة صعبة.',
    tr: 'Okulla ilgili her şey: okul sonrası bakım (Hort) ve tam gün okul, okul malzemeleri, eğitim ve katılım yardımı (Bildung und Teilhabe) ile öğle yemeği ve sınıf gezileri, ek ders desteği ve okulda işler zorlaştığında danışmanlık.',
  },
};
