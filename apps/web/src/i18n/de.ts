import {
  LIMITS,
  NEED_CATEGORY_GROUPS,
  ROLE_LABELS_DE,
  type ErrorCode,
  type NeedCategoryGroup,
  type Role,
} from '@lotsen/domain';
import type { RaMessages, Shape } from './types';

/**
 * German messages: the default language of Lotsen CRM.
 *
 * `ra` is a complete German translation of react-admin's own messages (every key of
 * ra-language-english, checked by the type `RaMessages`), so that no English string reaches a
 * German user. `resources` and `lotsen` are our own keys; en.ts must have the same shape.
 */

const ra: RaMessages = {
  action: {
    add_filter: 'Filter hinzufügen',
    add: 'Hinzufügen',
    back: 'Zurück',
    bulk_actions: '1 Eintrag ausgewählt |||| %{smart_count} Einträge ausgewählt',
    cancel: 'Abbrechen',
    clear_array_input: 'Liste leeren',
    clear_input_value: 'Eingabe löschen',
    clone: 'Duplizieren',
    confirm: 'Bestätigen',
    create: 'Anlegen',
    create_item: '%{item} anlegen',
    delete: 'Löschen',
    edit: 'Bearbeiten',
    export: 'Exportieren',
    list: 'Liste',
    refresh: 'Aktualisieren',
    remove_filter: 'Diesen Filter entfernen',
    remove_all_filters: 'Alle Filter entfernen',
    remove: 'Entfernen',
    reset: 'Zurücksetzen',
    save: 'Speichern',
    search: 'Suche',
    search_columns: 'Spalten durchsuchen',
    select_all: 'Alle auswählen',
    select_all_button: 'Alle auswählen',
    select_row: 'Diese Zeile auswählen',
    show: 'Anzeigen',
    sort: 'Sortieren',
    undo: 'Rückgängig',
    unselect: 'Auswahl aufheben',
    expand: 'Aufklappen',
    close: 'Schließen',
    open_menu: 'Menü öffnen',
    close_menu: 'Menü schließen',
    update: 'Aktualisieren',
    move_up: 'Nach oben',
    move_down: 'Nach unten',
    open: 'Öffnen',
    toggle_theme: 'Helles oder dunkles Design',
    select_columns: 'Spalten',
    update_application: 'Anwendung neu laden',
  },
  boolean: {
    true: 'Ja',
    false: 'Nein',
    null: ' ',
  },
  page: {
    create: '%{name} anlegen',
    dashboard: 'Startseite',
    edit: '%{name} %{recordRepresentation}',
    error: 'Etwas ist schiefgelaufen',
    list: '%{name}',
    loading: 'Wird geladen',
    not_found: 'Nicht gefunden',
    show: '%{name} %{recordRepresentation}',
    empty: 'Noch keine %{name} vorhanden.',
    invite: 'Möchten Sie einen Eintrag anlegen?',
    access_denied: 'Zugriff verweigert',
    authentication_error: 'Fehler bei der Anmeldung',
  },
  input: {
    file: {
      upload_several: 'Dateien hierher ziehen oder klicken, um eine auszuwählen.',
      upload_single: 'Eine Datei hierher ziehen oder klicken, um sie auszuwählen.',
    },
    image: {
      upload_several: 'Bilder hierher ziehen oder klicken, um eines auszuwählen.',
      upload_single: 'Ein Bild hierher ziehen oder klicken, um es auszuwählen.',
    },
    references: {
      all_missing: 'Die verknüpften Daten wurden nicht gefunden.',
      many_missing: 'Mindestens einer der verknüpften Einträge ist nicht mehr verfügbar.',
      single_missing: 'Der verknüpfte Eintrag ist nicht mehr verfügbar.',
    },
    password: {
      toggle_visible: 'Passwort verbergen',
      toggle_hidden: 'Passwort anzeigen',
    },
  },
  message: {
    about: 'Über',
    access_denied: 'Sie haben keine Berechtigung für diese Seite.',
    are_you_sure: 'Sind Sie sicher?',
    authentication_error:
      'Der Anmeldeserver hat einen Fehler gemeldet; Ihre Zugangsdaten konnten nicht geprüft werden.',
    auth_error: 'Beim Prüfen der Anmeldung ist ein Fehler aufgetreten.',
    bulk_delete_content:
      'Möchten Sie diesen Eintrag (%{name}) wirklich löschen? |||| Möchten Sie diese %{smart_count} Einträge wirklich löschen?',
    bulk_delete_title: '%{name} löschen |||| %{smart_count} %{name} löschen',
    bulk_update_content:
      'Möchten Sie %{name} %{recordRepresentation} wirklich ändern? |||| Möchten Sie diese %{smart_count} Einträge wirklich ändern?',
    bulk_update_title: '%{name} %{recordRepresentation} ändern |||| %{smart_count} %{name} ändern',
    clear_array_input: 'Möchten Sie wirklich die ganze Liste leeren?',
    delete_content: 'Möchten Sie den Eintrag „%{recordRepresentation}“ (%{name}) wirklich löschen?',
    delete_title: '%{name} %{recordRepresentation} löschen',
    details: 'Details',
    error: 'Im Browser ist ein Fehler aufgetreten; Ihre Anfrage konnte nicht abgeschlossen werden.',
    invalid_form: 'Das Formular ist nicht gültig. Bitte prüfen Sie die markierten Felder.',
    loading: 'Bitte warten',
    no: 'Nein',
    not_found: 'Die Adresse ist falsch, oder Sie sind einem veralteten Link gefolgt.',
    select_all_limit_reached:
      'Es gibt zu viele Einträge, um alle auszuwählen. Nur die ersten %{max} wurden ausgewählt.',
    unsaved_changes: 'Einige Ihrer Änderungen wurden nicht gespeichert. Möchten Sie sie wirklich verwerfen?',
    yes: 'Ja',
    placeholder_data_warning: 'Netzwerkproblem: Die Daten konnten nicht aktualisiert werden.',
  },
  navigation: {
    clear_filters: 'Filter zurücksetzen',
    no_filtered_results: 'Keine %{name} zu den gewählten Filtern gefunden.',
    no_results: 'Keine %{name} gefunden',
    no_more_results: 'Seite %{page} gibt es nicht. Versuchen Sie die vorherige Seite.',
    page_out_of_boundaries: 'Seite %{page} gibt es nicht',
    page_out_from_end: 'Dies ist bereits die letzte Seite',
    page_out_from_begin: 'Dies ist bereits die erste Seite',
    page_range_info: '%{offsetBegin}–%{offsetEnd} von %{total}',
    partial_page_range_info: '%{offsetBegin}–%{offsetEnd} von mehr als %{offsetEnd}',
    current_page: 'Seite %{page}',
    page: 'Zu Seite %{page}',
    first: 'Zur ersten Seite',
    last: 'Zur letzten Seite',
    next: 'Zur nächsten Seite',
    previous: 'Zur vorherigen Seite',
    page_rows_per_page: 'Zeilen pro Seite:',
    skip_nav: 'Zum Inhalt springen',
  },
  sort: {
    sort_by: 'Nach %{field} %{order} sortieren',
    ASC: 'aufsteigend',
    DESC: 'absteigend',
  },
  auth: {
    auth_check_error: 'Bitte melden Sie sich an, um fortzufahren.',
    user_menu: 'Profil',
    username: 'Benutzername',
    password: 'Passwort',
    email: 'E-Mail-Adresse',
    sign_in: 'Anmelden',
    sign_in_error: 'Die Anmeldung ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    logout: 'Abmelden',
  },
  notification: {
    updated: 'Eintrag gespeichert |||| %{smart_count} Einträge gespeichert',
    created: 'Eintrag angelegt',
    deleted: 'Eintrag gelöscht |||| %{smart_count} Einträge gelöscht',
    bad_item: 'Fehlerhafter Eintrag',
    item_doesnt_exist: 'Der Eintrag existiert nicht.',
    http_error: 'Fehler bei der Verbindung zum Server',
    data_provider_error: 'Fehler beim Laden der Daten. Details stehen in der Browser-Konsole.',
    i18n_error: 'Die Texte für die gewählte Sprache konnten nicht geladen werden.',
    canceled: 'Aktion abgebrochen',
    logged_out: 'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
    not_authorized: 'Sie sind nicht berechtigt, diesen Bereich aufzurufen.',
    application_update_available: 'Eine neue Version ist verfügbar.',
    offline: 'Keine Verbindung. Die Daten konnten nicht geladen werden.',
  },
  validation: {
    required: 'Pflichtfeld',
    minLength: 'Mindestens %{min} Zeichen',
    maxLength: 'Höchstens %{max} Zeichen',
    minValue: 'Mindestens %{min}',
    maxValue: 'Höchstens %{max}',
    number: 'Bitte eine Zahl eingeben',
    email: 'Bitte eine gültige E-Mail-Adresse eingeben',
    oneOf: 'Bitte einen dieser Werte wählen: %{options}',
    regex: 'Bitte dieses Format einhalten (regulärer Ausdruck): %{pattern}',
    unique: 'Dieser Wert ist bereits vergeben',
  },
  saved_queries: {
    label: 'Gespeicherte Abfragen',
    query_name: 'Name der Abfrage',
    new_label: 'Aktuelle Abfrage speichern …',
    new_dialog_title: 'Aktuelle Abfrage speichern unter',
    remove_label: 'Gespeicherte Abfrage entfernen',
    remove_label_with_name: 'Abfrage „%{name}“ entfernen',
    remove_dialog_title: 'Gespeicherte Abfrage entfernen?',
    remove_message: 'Möchten Sie diese Abfrage wirklich aus Ihren gespeicherten Abfragen entfernen?',
    help: 'Filtern Sie die Liste und speichern Sie die Abfrage für später',
  },
  guesser: {
    empty: {
      title: 'Keine Daten vorhanden',
      message: 'Bitte prüfen Sie die Datenquelle',
    },
  },
  configurable: {
    customize: 'Anpassen',
    configureMode: 'Diese Seite anpassen',
    inspector: {
      title: 'Inspektor',
      content: 'Zeigen Sie auf ein Element der Oberfläche, um es anzupassen',
      reset: 'Einstellungen zurücksetzen',
      hideAll: 'Alle ausblenden',
      showAll: 'Alle einblenden',
    },
    Datagrid: {
      title: 'Tabelle',
      unlabeled: 'Spalte Nr. %{column} ohne Titel',
    },
    SimpleForm: {
      title: 'Formular',
      unlabeled: 'Eingabefeld Nr. %{input} ohne Titel',
    },
    SimpleList: {
      title: 'Liste',
      primaryText: 'Haupttext',
      secondaryText: 'Zweiter Text',
      tertiaryText: 'Dritter Text',
    },
  },
};

const errors: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Die Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.',
  MALFORMED_JSON: 'Die Anfrage war fehlerhaft aufgebaut und wurde abgelehnt.',
  INVALID_QUERY: 'Die Abfrage ist ungültig.',
  INVALID_SORT_FIELD: 'Nach diesem Feld kann nicht sortiert werden.',
  INVALID_FILTER_FIELD: 'Nach diesem Feld kann nicht gefiltert werden.',
  UNAUTHENTICATED: 'Bitte melden Sie sich an.',
  INVALID_CREDENTIALS: 'E-Mail-Adresse oder Passwort ist falsch.',
  ACCOUNT_LOCKED:
    'Ihr Konto ist nach zu vielen Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es später erneut.',
  TOO_MANY_REQUESTS:
    'Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.',
  FORBIDDEN: 'Dazu fehlt Ihnen die Berechtigung.',
  CSRF_REJECTED: 'Die Anfrage wurde aus Sicherheitsgründen abgelehnt. Bitte laden Sie die Seite neu.',
  NOT_FOUND: 'Der Eintrag wurde nicht gefunden.',
  METHOD_NOT_ALLOWED: 'Diese Aktion ist hier nicht erlaubt.',
  STALE_VERSION:
    'Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte laden Sie die Seite neu und wiederholen Sie Ihre Änderung.',
  EMAIL_IN_USE: 'Diese E-Mail-Adresse wird bereits verwendet.',
  DUPLICATE_KEY: 'Einen Eintrag mit diesem Schlüssel gibt es bereits.',
  IN_USE: 'Dieser Eintrag wird noch verwendet und kann nur deaktiviert, nicht gelöscht werden.',
  CANNOT_CHANGE_OWN_ACCOUNT:
    'Ihre eigene Rolle und Ihren eigenen Zugang können Sie nicht ändern. Bitte wenden Sie sich an eine andere Administratorin oder einen anderen Administrator.',
  INVALID_REFERENCE: 'Ein verknüpfter Eintrag existiert nicht (mehr).',
  PAYLOAD_TOO_LARGE: 'Die gesendeten Daten sind zu groß.',
  INTERNAL_ERROR: 'Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  SERVICE_UNAVAILABLE:
    'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.',
};

const roleDescriptions: Record<Role, string> = {
  counsellor: 'Sie beraten Familien, erfassen Kontakte und Bedarfe und vermitteln an passende Angebote.',
  team_lead:
    'Sie leiten das Team Ihres Standorts, behalten Fälle, Vermittlungen und Wiedervorlagen im Blick und verantworten die Berichte.',
  admin:
    'Sie verwalten Benutzer*innen, Standorte, Sozialräume und Bedarfskategorien. Falldaten sehen Sie nicht.',
  analyst:
    'Sie werten zusammengefasste Zahlen für die Sozialplanung aus. Namen und Falldaten sehen Sie nicht.',
  provider:
    'Sie sehen die Vermittlungen, die an Ihren Träger gerichtet sind, und geben dem Familienbüro Rückmeldung.',
};

const groups = Object.fromEntries(NEED_CATEGORY_GROUPS.map((group) => [group, group])) as Record<
  NeedCategoryGroup,
  string
>;

const resources = {
  users: {
    name: 'Benutzer*in |||| Benutzer*innen',
    forcedCaseName: 'Benutzer*in |||| Benutzer*innen',
    fields: {
      id: 'ID',
      q: 'Suche',
      email: 'E-Mail-Adresse',
      displayName: 'Anzeigename',
      role: 'Rolle',
      officeId: 'Standort',
      providerId: 'Träger-ID',
      active: 'Aktiv',
      password: 'Passwort',
      version: 'Version',
      createdAt: 'Angelegt am',
      updatedAt: 'Geändert am',
      lastLoginAt: 'Letzte Anmeldung',
    },
    helpers: {
      passwordCreate: `Mindestens ${LIMITS.passwordMin} Zeichen. Wird nie angezeigt.`,
      passwordEdit: `Nur ausfüllen, um das Passwort neu zu setzen (mindestens ${LIMITS.passwordMin} Zeichen).`,
      officeId: 'Pflicht für Berater*innen und Teamleitungen.',
      providerId: 'Pflicht für Träger-Konten.',
      active: 'Zum Deaktivieren den Haken entfernen: die Person kann sich dann nicht mehr anmelden.',
    },
  },
  offices: {
    name: 'Standort |||| Standorte',
    forcedCaseName: 'Standort |||| Standorte',
    fields: {
      id: 'ID',
      q: 'Suche',
      name: 'Name',
      address: 'Adresse',
      version: 'Version',
      createdAt: 'Angelegt am',
      updatedAt: 'Geändert am',
    },
  },
  districts: {
    name: 'Sozialraum |||| Sozialräume',
    forcedCaseName: 'Sozialraum |||| Sozialräume',
    fields: {
      id: 'ID',
      q: 'Suche',
      code: 'Kürzel',
      name: 'Name',
      sozialraum: 'Sozialraum (I–VI)',
      stadtteile: 'Stadtteile',
      active: 'Aktiv',
      version: 'Version',
      createdAt: 'Angelegt am',
      updatedAt: 'Geändert am',
    },
    helpers: {
      code: 'Festes Kürzel für Berichte und Importe; lässt sich später nicht ändern.',
      stadtteile: 'Stadtteil eingeben und mit der Eingabetaste übernehmen.',
    },
  },
  'need-categories': {
    name: 'Bedarfskategorie |||| Bedarfskategorien',
    forcedCaseName: 'Bedarfskategorie |||| Bedarfskategorien',
    fields: {
      id: 'ID',
      q: 'Suche',
      key: 'Schlüssel',
      labelDe: 'Bezeichnung (deutsch)',
      labelEn: 'Bezeichnung (englisch)',
      group: 'Gruppe',
      sensitive: 'Besonders schutzwürdig',
      active: 'Aktiv',
      version: 'Version',
      createdAt: 'Angelegt am',
      updatedAt: 'Geändert am',
    },
    helpers: {
      key: 'Fester Schlüssel in Kleinbuchstaben (z. B. kita_gutschein); lässt sich später nicht ändern.',
      sensitive:
        'Für Kategorien, die Gesundheit, Schutz oder Herkunft berühren (Art. 9 DSGVO): Berichte zeigen sie erst ab einer höheren Fallzahl.',
      active: 'Inaktive Kategorien können nicht mehr neu gewählt werden.',
    },
    errors: {
      inUse: 'Diese Kategorie wird verwendet und kann nur deaktiviert werden.',
    },
  },
};

const lotsen = {
  app: {
    title: 'Lotsen CRM',
    subtitle: 'Familienbüro Potsdam',
    language: 'Sprache',
  },
  auth: {
    email: 'E-Mail-Adresse',
    password: 'Passwort',
  },
  roles: { ...ROLE_LABELS_DE },
  roleDescriptions,
  groups,
  sozialraum: {
    none: 'ohne Sozialraum',
  },
  errors,
  network_error: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.',
  validation: {
    officeRequired: 'Für diese Rolle ist ein Standort nötig.',
    providerRequired: 'Für diese Rolle ist ein Träger nötig.',
    password: {
      too_short: 'Mindestens %{min} Zeichen',
      too_long: 'Höchstens %{max} Zeichen',
      surrounding_whitespace: 'Darf nicht mit einem Leerzeichen beginnen oder enden',
    },
    keyFormat: 'Nur Kleinbuchstaben, Ziffern und Unterstriche, am Anfang ein Buchstabe (2 bis 40 Zeichen)',
    codeFormat: 'Nur Buchstaben, Ziffern, Bindestrich und Unterstrich (1 bis 20 Zeichen)',
  },
  dashboard: {
    title: 'Startseite',
    welcome: 'Willkommen, %{name}!',
    welcomeAnonymous: 'Willkommen bei Lotsen CRM!',
    yourRole: 'Ihre Rolle: %{role}',
    menuHint: 'Die Bereiche, die Sie nutzen dürfen, finden Sie im Menü.',
    comingSoon: 'Übersichten zu Ihren Aufgaben folgen hier in Kürze.',
  },
};

/** The shape of our own keys; en.ts must provide exactly these. */
export type LotsenMessages = Shape<{ resources: typeof resources; lotsen: typeof lotsen }>;

export const de = { ra, resources, lotsen };
