package se.paragraf.persistence;

import se.paragraf.domain.matter.CaseNumber;

/** The normalised columns of a case number, shared by every table that stores one. */
final class CaseNumberColumns {
    private CaseNumberColumns() {
    }

    /** The lookup key: one value for every written form of one case, whatever its sub-number. */
    static String key(CaseNumber caseNumber) {
        return caseNumber.caseOnly().canonical();
    }

    static CaseNumber toCaseNumber(String series, Integer year, Integer number, Integer subNumber) {
        return new CaseNumber(series, year, number, subNumber);
    }
}
