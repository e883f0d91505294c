package se.paragraf.domain.plan;

import se.paragraf.domain.shared.DomainException;

/** The years a plan covers, both included: 2024–2026 for a three-year plan, 2024–2024 for a yearly one. */
public record Period(int firstYear, int lastYear) {
    public Period {
        if (firstYear < 1900 || lastYear > 2200) {
            throw new DomainException("Planperioden " + firstYear + "–" + lastYear + " ser inte ut som årtal. Ange till exempel 2024–2026.");
        }
        if (lastYear < firstYear) {
            throw new DomainException("Planperioden måste sluta samma år eller senare än den börjar, inte "
                    + firstYear + "–" + lastYear + ".");
        }
    }

    public static Period of(int firstYear, int lastYear) {
        return new Period(firstYear, lastYear);
    }

    /** "2024–2026" or "2024–2026"; "2024" alone is a one-year plan. */
    public static Period parse(String text) {
        String t = text == null ? "" : text.strip().replace('\u2013', '-').replace('\u2014', '-');
        try {
            String[] parts = t.split("\\s*-\\s*");
            if (parts.length == 1) {
                int year = Integer.parseInt(parts[0]);
                return new Period(year, year);
            }
            if (parts.length == 2) {
                return new Period(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new DomainException("Planperioden \"" + text + "\" kunde inte läsas. Skriv till exempel 2024–2026 eller 2025.");
    }

    public int length() {
        return lastYear - firstYear + 1;
    }

    /** The period of the same length that follows: 2024–2026 → 2027–2029. */
    public Period next() {
        return new Period(lastYear + 1, lastYear + length());
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    @Override
    public String toString() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "–" + lastYear;
    }
}
