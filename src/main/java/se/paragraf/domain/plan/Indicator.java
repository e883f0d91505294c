package se.paragraf.domain.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * How progress towards a goal is followed: quantitative with a unit and values per year, or
 * qualitative, judged Ja / Delvis / Nej. One value per year and kind.
 */
public record Indicator(IndicatorId id, String name, IndicatorKind kind, String unit, List<IndicatorValue> values) {
    public Indicator {
        Require.present(id, "Indikatorns id");
        name = Require.text(name, "Indikatorns namn");
        Require.present(kind, "Indikatorns typ");
        unit = Require.optionalText(unit);
        values = List.copyOf(Require.present(values, "Värden"));
        Set<String> seen = new HashSet<>();
        for (IndicatorValue value : values) {
            if (!seen.add(value.label())) {
                throw new DomainException("Indikatorn \"" + name + "\" har " + value.label().toLowerCase()
                        + " två gånger. Ta bort det ena värdet.");
            }
            if (kind == IndicatorKind.QUALITATIVE && Judgement.parse(value.text()).isEmpty()) {
                throw new DomainException("Indikatorn \"" + name + "\" är kvalitativ, så " + value.label().toLowerCase()
                        + " ska vara Ja, Delvis eller Nej, inte \"" + value.text() + "\".");
            }
        }
    }

    public Optional<String> unitIfAny() {
        return Optional.ofNullable(unit);
    }

    public Optional<IndicatorValue> value(int year, ValueKind valueKind) {
        return values.stream().filter(v -> v.year() == year && v.kind() == valueKind).findFirst();
    }

    /** Sets (or with blank text removes) the value for the year and kind. */
    public Indicator withValue(int year, ValueKind valueKind, String text) {
        List<IndicatorValue> list = new ArrayList<>(values.stream()
                .filter(v -> !(v.year() == year && v.kind() == valueKind)).toList());
        if (text != null && !text.isBlank()) {
            list.add(new IndicatorValue(year, valueKind, text));
        }
        list.sort(java.util.Comparator.comparing(IndicatorValue::kind).thenComparing(IndicatorValue::year));
        return new Indicator(id, name, kind, unit, list);
    }

    public Indicator describe(String newName, IndicatorKind newKind, String newUnit) {
        return new Indicator(id, newName, newKind, newUnit, values);
    }

    public Indicator withId(IndicatorId newId) {
        return new Indicator(newId, name, kind, unit, values);
    }
}
