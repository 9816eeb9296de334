package casedesk.demo.documents;

/** Insurers selling Schengen travel medical insurance in China. */
public enum Insurer {
    PING_AN(Vocabulary.INSURER_PING_AN, "Ping An e-Policy", "JasperReports Library version 6.20.6"),
    PICC(Vocabulary.INSURER_PICC, "PICC e-Policy System", "iText 5.5.13.3 (c) 2000-2022 iText Group NV"),
    CPIC(Vocabulary.INSURER_CPIC, "CPIC Policy Service", "JasperReports Library version 6.19.1"),
    AXA(Vocabulary.INSURER_AXA, "AXA Tianping Policy Print", "iText 7.2.5 (c) Apryse Group NV"),
    ALLIANZ(Vocabulary.INSURER_ALLIANZ, "Allianz Travel Certificates", "Apache FOP Version 2.9");

    private final Vocabulary.Bilingual name;
    private final String creator;
    private final String producer;

    Insurer(Vocabulary.Bilingual name, String creator, String producer) {
        this.name = name;
        this.creator = creator;
        this.producer = producer;
    }

    public String chineseName() {
        return name.zh();
    }

    public String englishName() {
        return name.en();
    }

    String creator() {
        return creator;
    }

    String producer() {
        return producer;
    }
}
