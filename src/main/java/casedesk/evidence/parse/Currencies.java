package casedesk.evidence.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The ISO code for a currency as documents name it: 人民币, RMB, ¥ and 元 are all CNY. */
public final class Currencies {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("人民币", "CNY"), Map.entry("RMB", "CNY"), Map.entry("CNY", "CNY"), Map.entry("¥", "CNY"),
            Map.entry("元", "CNY"), Map.entry("人民币元", "CNY"),
            Map.entry("美元", "USD"), Map.entry("USD", "USD"), Map.entry("US$", "USD"), Map.entry("$", "USD"),
            Map.entry("欧元", "EUR"), Map.entry("EUR", "EUR"), Map.entry("€", "EUR"),
            Map.entry("英镑", "GBP"), Map.entry("GBP", "GBP"), Map.entry("£", "GBP"),
            Map.entry("港币", "HKD"), Map.entry("港元", "HKD"), Map.entry("HKD", "HKD"), Map.entry("HK$", "HKD"),
            Map.entry("日元", "JPY"), Map.entry("JPY", "JPY"),
            Map.entry("新加坡元", "SGD"), Map.entry("SGD", "SGD"), Map.entry("S$", "SGD"),
            Map.entry("瑞士法郎", "CHF"), Map.entry("CHF", "CHF"),
            Map.entry("澳大利亚元", "AUD"), Map.entry("澳元", "AUD"), Map.entry("AUD", "AUD"), Map.entry("A$", "AUD"),
            Map.entry("加拿大元", "CAD"), Map.entry("加元", "CAD"), Map.entry("CAD", "CAD"), Map.entry("C$", "CAD"));

    private Currencies() {
    }

    public static Optional<String> code(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        String upper = key.toUpperCase(Locale.ROOT);
        return Optional.ofNullable(NAMES.getOrDefault(key, NAMES.get(upper)));
    }

    /**
     * The first currency a text names unmistakably, by ISO code or Chinese name ("All amounts in Hong
     * Kong Dollars (HKD)"), for a document that has no currency label. Symbols and 元 are left out:
     * "$" and "金额(元)" say too little on their own.
     */
    public static Optional<String> named(String text) {
        for (String token : Normalizer.normalize(text, Normalizer.Form.NFKC).split("[\\s/:()\\[\\],;.]+")) {
            boolean unmistakable = token.matches("[A-Z]{3}") || token.length() >= 2 && token.codePoints()
                    .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            if (unmistakable && NAMES.containsKey(token)) {
                return Optional.of(NAMES.get(token));
            }
        }
        return Optional.empty();
    }

    /** The first currency named in a text such as "人民币 CNY" or "Currency: EUR". */
    public static Optional<String> find(String text) {
        for (String token : Normalizer.normalize(text, Normalizer.Form.NFKC).split("[\\s/:()]+")) {
            Optional<String> code = code(token);
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }
}
