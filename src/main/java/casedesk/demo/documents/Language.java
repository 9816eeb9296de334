package casedesk.demo.documents;

/** The language a credit report or insurance certificate is printed in (labels; names stay as they are). */
public enum Language {
    ZH,
    EN
}
