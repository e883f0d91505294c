package se.paragraf.domain.plan;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.paragraf.domain.shared.Require;

/**
 * One cell of an indicator table: "Utfall 2022: 75" or "Målnivå 2024: >75". The text is kept as
 * written, since the seeds hold values such as "RVN 77, RLF 74" and "Bibehålla/öka";
 * {@link #number()} reads a plain number out of it where there is exactly one.
 */
public record IndicatorValue(int year, ValueKind kind, String text) {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[,.]\\d+)?");

    public IndicatorValue {
        Require.present(kind, "Värdets typ");
        text = Require.text(text, "Värdet för " + kind.swedishName().toLowerCase() + " " + year);
    }

    public Optional<BigDecimal> number() {
        Matcher m = NUMBER.matcher(text.replace("\u00a0", "").replace(" ", ""));
        if (!m.find()) {
            return Optional.empty();
        }
        String found = m.group();
        if (m.find()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(found.replace(',', '.')));
    }

    public String label() {
        return kind.swedishName() + " " + year;
    }
}
