import type { PageTexts } from '../page-texts';

export const trPages: PageTexts = {
  accessibility: {
    title: 'Erişilebilirlik beyanı',
    lead: 'Potsdam Belediyesi, Aile Portalı’nı herkesin kullanabilmesini istiyor. Bu beyan /familienportal/ adresindeki Aile Portalı için geçerlidir.',
    sections: [
      {
        heading: 'Yasal dayanak',
        paragraphs: [
          'Brandenburg eyaletinin bir kamu kurumu olarak Potsdam Belediyesi, internet sitelerini Brandenburg Engelliler Eşitlik Yasası (BbgBGG) ve BITV 2.0 ile Avrupa standardı EN 301 549’a (WCAG 2.1, AA düzeyi) atıfta bulunan Brandenburg erişilebilir bilişim yönetmeliğine göre erişilebilir yapmakla yükümlüdür.',
        ],
      },
      {
        heading: 'Uyumluluk durumu',
        paragraphs: [
          'Aile Portalı kısmen erişilebilirdir. Geliştirme sırasında altı dilin tümünde otomatik testlerle (axe-core) ve yalnızca klavye ile yapılan testlerle kontrol edildi; bağımsız bir kurumun denetimi henüz yapılmadı.',
          'Bilinen kısıtlamalar: bazı hizmet açıklamaları yalnızca Almancadır (sayfa bunu belirtir); henüz Alman İşaret Dili’nde video yoktur.',
          'Bu beyan 6 Aralık 2026’da hazırlanmıştır.',
        ],
      },
      {
        heading: 'Bir engeli bildirin',
        paragraphs: [
          'Bir engel mi fark ettiniz veya içeriğe başka bir biçimde mi ihtiyacınız var? Bunu bize “Geri arama isteyin” formuyla veya belediye santrali üzerinden telefonla bildirin: 0331 289-0. İki hafta içinde yanıt veririz.',
        ],
      },
      {
        heading: 'Uzlaştırma süreci',
        paragraphs: [
          'Yanıt alamazsanız veya yanıt sizi tatmin etmezse uzlaştırma kurumuna başvurabilirsiniz. Brandenburg eyaletinin ve belediyelerinin kamu kurumları için bu, Brandenburg Eyaleti Engelli Hakları Temsilcisi bünyesindeki BbgBGG uzlaştırma kurumudur. Süreç ücretsizdir ve avukata ihtiyacınız yoktur.',
          'Federal Engelliler Eşitlik Yasası’nın (BGG) 16. maddesine göre Federal Hükümet Temsilcisi bünyesindeki uzlaştırma kurumu federal kurumlardan sorumludur; eyalet ve belediye kurumlarıyla ilgili başvuruları yetkili kuruma iletir.',
        ],
      },
    ],
  },
  easyLanguage: {
    title: 'Kolay Almanca (Leichte Sprache)',
    lead: 'Leichte Sprache, standart Almancayı okumakta zorlanan kişiler için kısa cümleler ve basit kelimelerle yazılmış bir Almanca biçimidir.',
    sections: [
      {
        heading: 'Nerede bulunur',
        paragraphs: [
          'Her sayfanın üstündeki dil menüsünden “Leichte Sprache”yi seçin. Böylece portalın tamamı, portalın neler sunduğu ve nasıl kullanılacağına dair bir açıklama dahil, Kolay Almanca olarak gösterilir.',
        ],
      },
    ],
  },
  signLanguage: {
    title: 'Alman İşaret Dili’nde bilgi',
    lead: 'Aile Portalı için henüz Alman İşaret Dili’nde (DGS) bir video yoktur. Bunu açıkça söylüyor ve üzerinde çalışıyoruz.',
    sections: [
      {
        heading: 'Aile Bürosu’na telefonsuz ulaşmak',
        paragraphs: [
          '“Geri arama isteyin” formunu kullanın ve yalnızca e-posta adresinizi yazın. “Size en iyi ne zaman ulaşırız?” alanına “lütfen yazılı” veya “işaret dili” yazın. O zaman sizi aramak yerine size yazarız.',
        ],
      },
      {
        heading: 'Randevuda işaret dili tercümanı',
        paragraphs: [
          'Belediye yönetimiyle Alman İşaret Dili’nde iletişim kurma hakkınız vardır. İsteğiniz üzerine Aile Bürosu danışmanlık randevusu için bir tercüman ayarlar; masrafları belediye karşılar. Lütfen başvururken bunu belirtin.',
        ],
      },
    ],
  },
  imprint: {
    title: 'Künye',
    lead: 'Aile Portalı, Potsdam Belediyesi’nin bir hizmetidir.',
    sections: [
      {
        heading: 'Yayıncı',
        paragraphs: [
          'Landeshauptstadt Potsdam, Belediye Başkanı tarafından temsil edilir, Friedrich-Ebert-Straße 79/81, 14469 Potsdam. Telefon (santral): 0331 289-0.',
          'Potsdam Belediyesi bir kamu hukuku tüzel kişisidir.',
        ],
      },
      {
        heading: 'İçerikten sorumlu',
        paragraphs: [
          'Potsdam Aile Bürosu (Familienbüro) hizmetleri ve resmî işlemleri yönetir. Hizmet bilgileri kurumlardan gelir; Aile Bürosu bunları düzenli olarak kontrol eder. Her sayfa son kontrol tarihini gösterir.',
        ],
      },
      {
        heading: 'Yazılım',
        paragraphs: [
          'Portal, EUPL 1.2 lisanslı özgür yazılım Lotsen CRM’in bir parçasıdır. Tasarım, Alman kamu yönetiminin açık UX standardı KERN’i izler; Fira Sans yazı tipi bu sunucudan yüklenir.',
        ],
      },
    ],
  },
  privacy: {
    title: 'Veri koruma',
    lead: 'Aile Portalı hesap gerektirmez, çerez kullanmaz ve sizi takip etmez. Yine de işlenen veriler şunlardır.',
    sections: [
      {
        heading: 'Sorumlu kurum',
        paragraphs: [
          'Landeshauptstadt Potsdam, Belediye Başkanı tarafından temsil edilir, Friedrich-Ebert-Straße 79/81, 14469 Potsdam. Belediyenin veri koruma görevlisine aynı adresten ulaşabilirsiniz.',
        ],
      },
      {
        heading: 'Sayfaları ziyaret ettiğinizde',
        paragraphs: [
          'Bir sayfayı size ulaştırmak için sunucunun IP adresinizi bilmesi gerekir. Adresiniz kaydedilmez ve günlüğe yazılmaz. Çerez, takip pikseli, analiz aracı veya başka sağlayıcıların içeriği yoktur: yazı tipleri ve görseller bu sunucudan gelir.',
          'Arama kelimeleriniz kaydedilmez. Yalnızca gün, bölge, dil ve konu başına kaç kez arama yapıldığı sayılır; arama metni ve adres olmadan.',
        ],
      },
      {
        heading: 'Geri arama istediğinizde',
        paragraphs: [
          'Forma yazdıklarınızı işleriz: konu, büro, ad (takma ad yeterlidir), telefon numarası veya e-posta adresi, dil ve tercih edilen zaman, ayrıca onayınızın metni ve sürümü. Amaç: sizi geri aramak. Hukuki dayanak: onayınız (GVKT/DSGVO md. 6 f. 1 a), bunu her zaman geri alabilirsiniz.',
          'Bilgilerinizi yalnızca seçtiğiniz büronun danışmanları görür. 30 gün içinde kimsenin üstlenmediği bir istek silinir; tamamlanan bir istek tamamlandıktan 30 gün sonra silinir.',
          'Kötüye kullanıma karşı sunucu, bir bağlantıdan formun kaç kez gönderildiğini en fazla on dakika boyunca bellekte tutar; yalnızca geri döndürülemez bir özet değeri (hash) olarak, asla diskte ve asla bir günlükte değil.',
        ],
      },
      {
        heading: 'Haklarınız',
        paragraphs: [
          'Bilgi alma, düzeltme, silme, işlemeyi kısıtlama, itiraz etme ve onayı geri alma hakkınız vardır. Denetim makamına şikâyette bulunabilirsiniz: Brandenburg Veri Koruma Görevlisi, Stahnsdorfer Damm 77, 14532 Kleinmachnow.',
        ],
      },
    ],
  },
};
