package casedesk.demo.documents;

/**
 * Chinese banks whose documents the generators imitate, with their names and the report software
 * their genuine PDFs name as creator and producer.
 */
public enum Bank {
    ICBC(Vocabulary.BANK_ICBC, "ICBC", "ICBC Personal e-Statement Service", "JasperReports Library version 6.20.6"),
    CCB(Vocabulary.BANK_CCB, "CCB", "CCB Statement Centre", "iText 5.5.13.3 (c) 2000-2022 iText Group NV"),
    BOC(Vocabulary.BANK_BOC, "BOC", "BOC e-Statement", "JasperReports Library version 6.20.6"),
    CMB(Vocabulary.BANK_CMB, "CMB", "CMB Transaction Statement", "FastReport 2023.2"),
    ABC(Vocabulary.BANK_ABC, "ABC", "ABC Certificate Service", "JasperReports Library version 6.20.0"),
    BOCOM(Vocabulary.BANK_BOCOM, "BOCOM", "BOCOM Document Service", "iText 7.2.5 (c) Apryse Group NV");

    private final Vocabulary.Bilingual name;
    private final String abbreviation;
    private final String creator;
    private final String producer;

    Bank(Vocabulary.Bilingual name, String abbreviation, String creator, String producer) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.creator = creator;
        this.producer = producer;
    }

    /** The bank's Chinese name as printed, e.g. 中国工商银行. */
    public String chineseName() {
        return name.zh();
    }

    public String englishName() {
        return name.en();
    }

    public String abbreviation() {
        return abbreviation;
    }

    String creator() {
        return creator;
    }

    String producer() {
        return producer;
    }
}
