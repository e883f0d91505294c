package se.paragraf.domain.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Personnummer and samordningsnummer in every written form the masking must catch, each a
 * different person, for the masker's own test and for the planted-leak test of every public
 * output. A leak is found by the ten digits ÅÅMMDDNNNN standing in the output once spaces,
 * dashes, dots and plus signs are squeezed out: independent of how the masker sees them.
 */
public final class PlantedPersonalNumbers {
    /** {@code written} as it is planted, {@code digits} the ten digits that must not come out. */
    public record Planted(String written, String digits) {
    }

    public static final List<Planted> FORMS = List.of(
            new Planted("19121212-1212", "1212121212"),
            new Planted("850312-1231", "8503121231"),
            new Planted("6408233325", "6408233325"),
            new Planted("197111049875", "7111049875"),
            new Planted("930228+4568", "9302284568"),
            new Planted("20010101-2342", "0101012342"),
            new Planted("470716\u20135512", "4707165512"),
            new Planted("550505\u20147785", "5505057785"),
            new Planted("830917\u22121190", "8309171190"),
            new Planted("990131\u20129021", "9901319021"),
            new Planted("210614\u20114450", "2106144450"),
            new Planted("351209\u20103109", "3512093109"),
            new Planted("78.03.30-6674", "7803306674"),
            new Planted("020229 8717", "0202298717"),
            new Planted("660601 - 2240", "6606012240"),
            new Planted("19891111 - 0867", "8911110867"),
            new Planted("450871-2397", "4508712397"),
            new Planted("196005624827", "6005624827"),
            new Planted("950690\u20135133", "9506905133"),
            new Planted("81 02 03 7713", "8102037713"),
            new Planted("740419 62 84", "7404196284"),
            new Planted("920525\u00A03843", "9205253843"),
            new Planted("19570807\u20131435", "5708071435"),
            new Planted("18631031-9154", "6310319154"),
            new Planted("18881222+4627", "8812224627"),
            new Planted("1950-10-30-7048", "5010307048"),
            new Planted("991017\u2009\u2013\u20093377", "9910173377"),
            new Planted("0408182582", "0408182582"),
            new Planted("(361125-6714)", "3611256714"),
            new Planted("pnr:9007040976", "9007040976"),
            new Planted("19770905\u22128445", "7709058445"),
            new Planted("520314\uFF0D9363", "5203149363"),
            new Planted("690926-1254.", "6909261254"),
            new Planted("841021-0482", "8410210482"),
            new Planted("280715+5730", "2807155730"),
            new Planted("19180412\u00A0-\u00A03030", "1804123030"),
            new Planted("06.09.29\u20134681", "0609294681"));

    private static final Pattern SQUEEZED = Pattern.compile(
            "[\\s\u00A0\u2007\u2009\u202F.+\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]");

    private PlantedPersonalNumbers() {
    }

    /** Every planted form in one text, one a line, for a § or a motivation. */
    public static String allInOneText() {
        StringBuilder text = new StringBuilder("Sökande och ombud:\n");
        for (Planted p : FORMS) {
            text.append("Person med nummer ").append(p.written()).append(" har ansökt.\n");
        }
        return text.toString();
    }

    /** The planted numbers whose ten digits can be read in {@code output}. */
    public static List<String> leakedIn(String output) {
        String squeezed = SQUEEZED.matcher(output).replaceAll("");
        return FORMS.stream().filter(p -> squeezed.contains(p.digits())).map(Planted::written).toList();
    }
}
